// Kent STLS SLA Appendix 1: STLS Key Performance Indicators 2021 - 2022 (seed 003), with the
// four KPI themes of clause 8.5.
import { clause, prose, schedule } from '../builders'

/** Appendix 1: reported termly (clause 8.6), RAG rated green 75% +, amber 70-74%, red below 70%. */
export function kpiAppendix() {
  return schedule('appendix-1', undefined, 'Appendix 1: STLS Key Performance Indicators 2021 – 2022', [
    clause('kpis', '', '', {
      reporting: { due: { kind: 'termly' }, timesPerYear: 6, to: 'the LIFT Executive Group, the Contract Manager and the KCC Monitoring and Inclusion Manager' },
      ragBands: { greenFrom: 75, amberFrom: 70 },
      indicators: STLS_KPIS.map(([reference, indicator, measuringTool, ragRated]) => ({
        id: `kpi-${reference}`,
        reference,
        theme: KPI_THEMES[Number(reference.split('.')[0]) - 1][0],
        indicator,
        measuringTool,
        targets: [],
        ragRated,
        ...(STLS_COUNTS.has(reference) ? { measuredAs: 'count' as const } : {}),
      })),
    }),
    prose(
      '',
      'Notes',
      ['¹', 'Resolved means – schools/settings are provided with recommendations of strategies and interventions they can implement or signposted to an appropriate agency'],
      ['²', 'Significant Progress means at least 50% towards achieving targets set'],
    ),
  ])
}

/** Clause 8.5: the four KPI themes and their expected impact. */
export const KPI_THEMES: Array<[theme: string, impact: string]> = [
  [
    'To develop the breadth of partnership and engagement with mainstream schools, settings and multi-agency partners, via LIFT or any point of access',
    'Schools and settings will support CYP to remain in mainstream education (where appropriate) through access to information, advice and support at the earliest opportunity, from a range of multi-agency professionals',
  ],
  [
    'The impact of direct school / class / individual interventions',
    'CYP with SEND will be able to remain in mainstream education through high quality, specialist information, advice, and interventions provided to schools and settings by STLS',
  ],
  [
    'Develop the breadth and impact of the training',
    'Early years, settings and schools will be confident and have increased capacity to meet the needs of children and young people with SEND. There will be a wide breadth of training on offer to equip families with the skills to better understand specific areas of need for their child and develop practical strategies to support their individual family needs',
  ],
  [
    'Effective sharing of information about individual pupils receiving SEN support at key transition points',
    'Schools/ settings will be empowered and supported to enable CYP with SEND to experience a successful transfer',
  ],
]

/** Appendix 1's indicators that are numbers of things ("No of requests", "Number of (different) mainstream
 * settings'", "Number of training courses", "No. of schools"), all rated "NA"; the rest are shares of a whole. */
const STLS_COUNTS = new Set(['1.1', '1.2', '3.3', '4.1'])

/** Appendix 1: reference, indicator, impact measuring tool, and whether it is RAG rated ("NA" in the seed when not). */
const STLS_KPIS: Array<[reference: string, indicator: string, measuringTool: string, ragRated: boolean]> = [
  ['1.1', 'No of requests for professional support and advice that are resolved¹ at LIFT without the need for further formal referral or intervention', 'Local Activity Report', false],
  ['1.2', 'Number of (different) mainstream settings\' and school\'s engagement with the service (via LIFT, direct contact)', 'Local Activity Report', false],
  ['1.3', 'Satisfaction reported by school/ setting following LIFT discussion, indicated through survey/ feedback questionnaire Scoring 4 or above', 'LIFT Satisfaction questionnaire (reporting on Q2 only)', true],
  ['2.1', 'At review how many pupils achieved or making significant progress² towards the targets set by Specialist Teacher (in conjunction with school/ family and child/ young person)', 'Pupil target data spreadsheet', true],
  ['2.2', 'School/ setting reporting increased staff confidence in meeting the needs of CYP indicated through survey/ feedback questionnaire Scoring 4 or above (out of 5)', 'School/Setting end of intervention questionnaire (reporting on Q5 only)', true],
  ['2.3', 'Parents\' reporting an increase in confidence in the school/setting meeting pupil needs, indicated through survey/ feedback questionnaire Scoring 4 or above (out of 5)', 'Parent/Carers\' end of intervention questionnaire (reporting on Q9 only)', true],
  ['3.1', 'School and setting reporting increased confidence, knowledge, and skills to meet needs, indicated through survey/ feedback questionnaire Scoring 4 or above (out of 5)', 'School/Setting training course evaluation (reporting on Q4 only)', true],
  ['3.2', 'Parents\' reporting increased confidence to meet needs, indicated through survey/ feedback questionnaire', 'Parent/Carer training course evaluation', false],
  ['3.3', 'Number of training courses developed and delivered in response to an identified need in the district. (Please provide narrative about what has been identified to feed into the wider analysis of need)', 'District to record in a way they see fit (could be LAR or other)', false],
  ['4.1', 'No. of schools/ settings engaged in transition events facilitated by STLS', 'Attendance register for events (districts to keep their own)', false],
  ['4.2', 'Settings/ schools reporting high levels of confidence following the transition event/initiative, indicated through survey/ feedback questionnaire Scoring 4 or above (out of 5)', 'STLS transition event/initiative feedback survey (summer) Reporting on Q1 only', true],
]
