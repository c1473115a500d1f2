// KPIs in tables: a table whose header names indicators or targets, with percentage targets and
// RAG bands read from the header (Kent STLS Appendix 1: "Green 75% +", "Amber 70-74%", "Red Below
// 70%"; "NA" in a row's RAG cells means that indicator is not RAG rated). How often they are
// reported comes from the document's own words ("Key Performance Indicators will be reported
// termly"); where it says nothing, the table is read but no typed KPI clause is proposed.
import type { TKpi, TKpisParams, TRagBands } from '../../kpis'
import type { DueRule } from '../../values'
import { fact, type Fact, type ProposalDraft } from '../proposal'
import type { SourceSentence } from '../sentences'
import type { ImportedTable } from '../structure'
import { findPercentages } from '../words'
import type { RecogniserInput } from './context'

export interface KpiReporting {
  due: DueRule
  to: string
  sentence: SourceSentence
}

const INDICATOR_HEADER = /\b(?:performance indicators?|indicators?|kpis?|measures?)\b/i
const TARGET_HEADER = /\btarget|percentage|to achieve\b/i
const COUNT_WORDING = /^(?:no\.?|number)\s+of\b/i

/** "Key Performance Indicators will be reported termly", "KPI's to be monitored and reported to the LA on a termly basis". */
export function kpiReportingIn(sentences: SourceSentence[]): KpiReporting | undefined {
  for (const sentence of sentences) {
    if (!/\b(?:KPI|Key Performance Indicator)/i.test(sentence.text) || !/\breport/i.test(sentence.text)) continue
    if (!/\btermly\b|\bon a termly basis\b|\beach term\b/i.test(sentence.text)) continue
    const to = /\breported\s+to\s+(?:the\s+)?([A-Z][\w]*(?:\s+[A-Z][\w]*)*)/.exec(sentence.text)?.[1]
    return { due: { kind: 'termly' }, to: to ? `the ${to}` : '[Insert who KPIs are reported to]', sentence }
  }
  return undefined
}

export function recogniseKpiTables(input: RecogniserInput, reporting: KpiReporting | undefined): ProposalDraft<'kpis'>[] {
  const drafts: ProposalDraft<'kpis'>[] = []
  const sentence = input.sentences[0] ?? reporting?.sentence
  for (const table of input.clause.tables) {
    const read = readKpiTable(table)
    if (!read || !sentence) continue
    // A table's facts point at the clause's first sentence: a table cell has no sentence of its own.
    const anchor = { ...(reporting?.sentence ?? sentence), blockId: table.blockId, start: 0, end: 0, text: table.rows[0].join(' | '), label: input.clause.number || undefined }
    const facts: Fact[] = read.indicators.map((indicator) =>
      fact('kpi', { indicator: indicator.indicator.toLowerCase().slice(0, 40), ...(indicator.targets[0] ? { target: indicator.targets[0].percentage } : {}) }, `${indicator.reference ? `${indicator.reference} ` : ''}${indicator.indicator}${indicator.targets[0] ? `: target ${indicator.targets[0].percentage}%` : ''}`, anchor, 0.75),
    )
    if (read.ragBands) facts.push(fact('kpi', { green: read.ragBands.greenFrom, amber: read.ragBands.amberFrom }, `RAG bands: green from ${read.ragBands.greenFrom}%, amber from ${read.ragBands.amberFrom}%`, anchor, 0.9))
    if (!reporting) continue
    const params: TKpisParams = {
      indicators: read.indicators,
      reporting: { due: reporting.due, to: reporting.to },
      ...(read.ragBands ? { ragBands: read.ragBands } : {}),
    }
    drafts.push({ kind: 'kpis', params, facts })
  }
  return drafts
}

function readKpiTable(table: ImportedTable): { indicators: TKpi[]; ragBands?: TRagBands } | undefined {
  const [header, ...rows] = table.rows
  const headerText = header.join(' ')
  const ragBands = ragBandsOf(header)
  const indicatorColumn = header.findIndex((cell) => INDICATOR_HEADER.test(cell) && !/\btool\b/i.test(cell))
  const targetColumn = header.findIndex((cell) => TARGET_HEADER.test(cell))
  // A table of indicators with targets or RAG bands; a table of KPI themes alone is narrative.
  if (targetColumn < 0 && !ragBands) return undefined
  if (indicatorColumn < 0 && !INDICATOR_HEADER.test(headerText) && targetColumn < 0) return undefined
  const textColumn = indicatorColumn >= 0 ? indicatorColumn : 0
  const themeColumn = header.findIndex((cell) => /\btheme\b/i.test(cell))
  const toolColumn = header.findIndex((cell) => /\bmeasur\w* tool\b|\btool\b/i.test(cell))
  const ragColumns = header.map((cell, index) => (/\b(?:green|amber|red)\b/i.test(cell) ? index : -1)).filter((index) => index >= 0)
  let theme: string | undefined
  const indicators: TKpi[] = []
  for (const row of rows) {
    if (themeColumn >= 0 && row[themeColumn]) theme = row[themeColumn]
    const text = row[textColumn]?.trim()
    if (!text || text.length < 4) continue
    const reference = /^(\d+(?:\.\d+)+)\s+/.exec(text)
    const targetCell = targetColumn >= 0 ? row[targetColumn] : ''
    const targets = findPercentages(targetCell).map((found) => ({ percentage: found.percentage, comparison: /\bbelow\b|\bunder\b|\bless than\b/i.test(targetCell) ? ('below' as const) : ('at_least' as const) }))
    const ragRated = ragBands !== undefined && !ragColumns.some((column) => /^n\/?a$/i.test(row[column]?.trim() ?? ''))
    const indicator = reference ? text.slice(reference[0].length) : text
    indicators.push({
      id: `kpi-${indicators.length + 1}`,
      indicator,
      // "Number of (different) mainstream settings'" (Kent STLS Appendix 1, 1.2), with no target or
      // band to rate it as a share, is a count (decision record 012).
      ...(COUNT_WORDING.test(indicator) && targets.length === 0 && !ragRated ? { measuredAs: 'count' as const } : {}),
      ...(reference ? { reference: reference[1] } : {}),
      ...(theme && themeColumn !== textColumn ? { theme } : {}),
      ...(toolColumn >= 0 && row[toolColumn] ? { measuringTool: row[toolColumn] } : {}),
      targets,
      ragRated,
    })
  }
  return indicators.length > 0 ? { indicators, ...(ragBands ? { ragBands } : {}) } : undefined
}

/** "Green 75% +" and "Amber 70-74%" in the header: green from 75, amber from 70. */
function ragBandsOf(header: string[]): TRagBands | undefined {
  const green = header.map((cell) => /\bgreen\b\D*(\d{1,3})\s*%/i.exec(cell)?.[1]).find(Boolean)
  const amber = header.map((cell) => /\bamber\b\D*(\d{1,3})\s*%?\s*[-–]/i.exec(cell)?.[1] ?? /\bamber\b\D*(\d{1,3})/i.exec(cell)?.[1]).find(Boolean)
  if (!green || !amber || Number(amber) >= Number(green)) return undefined
  return { greenFrom: Number(green), amberFrom: Number(amber) }
}
