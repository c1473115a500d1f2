import { rgb } from 'pdf-lib'
import type { FontSet } from './fonts'
import type { TextStyle } from './text'

export interface Theme {
  title: TextStyle
  subtitle: TextStyle
  headings: Record<1 | 2 | 3, TextStyle>
  body: TextStyle
  bodyBold: TextStyle
  bodyItalic: TextStyle
  tableCell: TextStyle
  tableHeader: TextStyle
  caption: TextStyle
  small: TextStyle
  signatureScript: TextStyle
}

export interface LayoutContext {
  fonts: FontSet
  theme: Theme
  /** Left edge and width of the text column. */
  left: number
  width: number
  /** Where clause text starts, wide enough for the longest clause number ("5.5.2.4"). */
  clauseIndent: number
  /** How far each sub-paragraph level moves in, wide enough for the longest label ("(viii)"). */
  labelIndent: number
}

const headingColour = rgb(0.08, 0.2, 0.36)
const greyText = rgb(0.35, 0.35, 0.38)

export function themeFor(fonts: FontSet): Theme {
  return {
    title: { font: fonts.sansBold, size: 18, leading: 24, color: headingColour },
    subtitle: { font: fonts.serif, size: 11, leading: 15 },
    headings: {
      1: { font: fonts.sansBold, size: 13, leading: 18, color: headingColour },
      2: { font: fonts.sansBold, size: 11.5, leading: 16, color: headingColour },
      3: { font: fonts.sansBold, size: 10.5, leading: 14 },
    },
    body: { font: fonts.serif, size: 10, leading: 14 },
    bodyBold: { font: fonts.serifBold, size: 10, leading: 14 },
    bodyItalic: { font: fonts.serifItalic, size: 10, leading: 14 },
    tableCell: { font: fonts.sans, size: 8.5, leading: 11.5 },
    tableHeader: { font: fonts.sansBold, size: 8.5, leading: 11.5 },
    caption: { font: fonts.sansBold, size: 9, leading: 13, color: greyText },
    small: { font: fonts.sans, size: 8, leading: 11, color: greyText },
    signatureScript: { font: fonts.serifItalic, size: 18, leading: 24, color: rgb(0.05, 0.15, 0.45) },
  }
}
