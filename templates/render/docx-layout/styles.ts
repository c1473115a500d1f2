// Word styles for the agreement: real Heading 1-3 and Title styles so the navigation pane and a
// generated table of contents work in Word and LibreOffice.
import { LineRuleType, type IStylesOptions } from 'docx'

const headingColour = '14335C'
const font = 'Arial'
export const runningTextStyle = 'RunningText'

/** Half-points, as Word counts font sizes. */
const points = (size: number) => size * 2

export const agreementStyles: IStylesOptions = {
  default: {
    document: { run: { font, size: points(10.5) }, paragraph: { spacing: { after: 80, line: 276, lineRule: LineRuleType.AUTO } } },
    title: { run: { font, size: points(20), bold: true, color: headingColour }, paragraph: { alignment: 'center', spacing: { after: 120 } } },
    heading1: { run: { font, size: points(13), bold: true, color: headingColour }, paragraph: { keepNext: true, spacing: { before: 320, after: 120 } } },
    heading2: { run: { font, size: points(11.5), bold: true, color: headingColour }, paragraph: { keepNext: true, spacing: { before: 240, after: 100 } } },
    heading3: { run: { font, size: points(10.5), bold: true }, paragraph: { keepNext: true, spacing: { before: 200, after: 80 } } },
  },
  // Header and footer text; as a paragraph style so the page number fields take its size too.
  paragraphStyles: [{ id: runningTextStyle, name: 'Running text', basedOn: 'Normal', run: { size: points(8), color: '595959' }, paragraph: { spacing: { after: 0 } } }],
}
