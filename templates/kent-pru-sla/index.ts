// Kent PRU / Alternative Provider Service Level Agreement and Schedule 1 (Specification), seed
// 000. The main body's headings are unnumbered in the seed, so its clauses carry no numbers;
// Schedule 1 keeps the seed's numbering (which has no clause 8).
import type { Party } from '#clauses/party'
import { clause, prose, section, withPartyOptions } from '../builders'
import { specification } from './specification'
import type { AgreementTemplate, TemplateBuildOptions } from '../template'

const TITLE = 'Service Level Agreement between Kent County Council and PRU/Alternative Provider Management Committee'

const PARTIES: Party[] = [
  { id: 'authority', role: 'authority', name: 'Kent County Council', definedAs: 'KCC' },
  /** The seed names the provider only generically; the drafter fills in the Management Committee. */
  { id: 'provider', role: 'provider', name: '', definedAs: 'the Provider' },
]

/** Main body "Term of Agreement": three full calendar years from a commencement date the seed leaves
 * blank ("-----------"), or the drafter's own dates. */
function termParams(options: TemplateBuildOptions) {
  return options.endsOn
    ? { commencesOn: options.commencesOn, endsOn: options.endsOn }
    : { commencesOn: options.commencesOn, duration: { amount: 3, unit: 'years' as const } }
}

/** The seed's words for the term, with its blank date and its three years as slots. */
function termWording(options: TemplateBuildOptions) {
  return options.endsOn
    ? 'This agreement shall commence on {{commencesOn}} and, remain in place until {{endsOn}}.'
    : 'This agreement shall commence on {{commencesOn}} and, remain in place for a period of {{duration.amount|words}} full calendar years.'
}

function build(options: TemplateBuildOptions = {}) {
  const term = termParams(options)
  const mainBody = [
    section('parties', undefined, 'Service Level Agreement', [
      clause('parties-and-signatories', '', 'Parties', {
        opening: 'This Service Level Agreement is made',
        parties: [{ partyId: 'authority' }, { partyId: 'provider' }],
        signatories: [
          { id: 'kcc-officer', partyId: 'authority', role: 'Officer of KCC' },
          { id: 'provider-chair', partyId: 'provider', role: 'Chair of Management Committee' },
        ],
      }),
    ]),
    section('scope', undefined, 'Scope', [
      prose(
        '',
        '',
        'This Agreement establishes the relationship between the following Parties, Kent County Council (KCC) and the Management Committees of Kent Pupil Referral Units (PRUs).',
        'The agreement sets out the terms of the Service Level Agreement (SLA) and the framework within which day-to-day management of the SLA will be undertaken. It describes the underpinning principles, roles/responsibilities and accountabilities.',
      ),
    ]),
    section('purpose', undefined, 'Purpose & Principles', [
      clause('recitals', '', '', {
        numbering: 'bullets',
        recitals: [
          'The purpose of the SLA is to ensure the best solution is designed and deployed for the effective provision and management of high quality Alternative Education Places throughout the county.',
          'The SLA will ensure that its aims and activities are consistent with, and complement, those of the Education Commissioning Plan and the priorities set out in Bold Steps for Education and the 14-24 Learning, Employment and Skills Strategy.',
          'The parties will monitor performance by continuous review, data capture and analysis, termly monitoring meetings between the parties to this agreement and a full SLA review bi-annually.',
        ],
      }),
    ]),
    section('aims', undefined, 'Overall Aims', [
      prose(
        '',
        '',
        'To meet the Council’s statutory obligation to provide education for young people excluded from school who are unable to access a school place as a result of behavioural, or mental health issues by providing the required services in accordance with the specification (Schedule 1)',
      ),
    ]),
    section('accountability', undefined, 'Accountability & Management', [
      prose(
        '',
        '',
        'As a local authority, KCC is accountable for statutory duties and responsibilities in relation to “Education Other Than at School” and ensuring that these are properly discharged by commissioning appropriate and high quality provision for:',
        ['•', 'Permanently excluded pupils, or those facing exclusion from a school setting.'],
        ['•', 'Provision in specific circumstances for hard to place children and young people.'],
        'KCC is delegating funding to meet the needs of these identified groups where they cannot be met in school and the PRU Management Committee is accountable for the delivery of high quality Alternative Education Placements to meet those needs.',
        'The parties agree to meet in accordance with the requirement of the specification and PRUs will produce reports as required and any other information that KCC might reasonably require in order to effectively evaluate progress against the Performance Management Targets as set out in the specification and overall aims of the agreement.',
        'The parties further agree to call a meeting at any time, should either party have good reason to do so in the furtherance of the agreement.',
      ),
      // Termination for breach or missed targets, on six months' notice. The seed gives the clause no
      // heading of its own: it is cited by its section, "Accountability & Management".
      clause(
        'termination',
        '',
        '',
        {
          noticeBy: 'either',
          noticePeriod: { amount: 6, unit: 'months' },
          alignment: { kind: 'none' },
          effect: 'terminates_agreement',
          grounds: 'where either party believe the agreement has been breached in whole or in part, or where performance targets have not been met and resolution cannot be made',
          byMutualAgreement: false,
        },
        {
          text: 'Where either party believe the agreement has been breached in whole or in part, or where performance targets have not been met and resolution cannot be made the agreement may be terminated upon the tendering of {{noticePeriod|words}} notice.',
        },
      ),
    ]),
    section('monitoring', undefined, 'Monitoring & Evaluation', [
      prose(
        '',
        '',
        'The parties agree to give due priority and consideration in following the monitoring schedule and will not unreasonably withhold their co-operation or cause unnecessary delay. The criteria for evaluation of this agreement is set out in clause 9 (Performance Monitoring) of the specification and shall be agreed by both parties at the point of the agreement.',
      ),
    ]),
    section('term', undefined, 'Term of Agreement', [
      clause('term', '', '', term, { requiredFields: ['commencesOn'], text: termWording(options) }),
      // Early termination needs the agreement of both parties and six months' notice: neither party
      // can end the agreement early alone.
      clause(
        'termination',
        '',
        '',
        {
          noticeBy: 'either',
          noticePeriod: { amount: 6, unit: 'months' },
          alignment: { kind: 'none' },
          effect: 'terminates_agreement',
          needsAgreementOfBoth: true,
          byMutualAgreement: false,
        },
        {
          text: 'Upon representations from either party, the agreement may be terminated earlier with the agreement of both parties. A notice period of {{noticePeriod|words}} must be tendered.',
        },
      ),
    ]),
    section('funding', undefined, 'Funding', [
      clause(
        'funding',
        '',
        '',
        { lines: [], showTotals: false },
        {
          text: 'KCC undertakes to ensure that funding for provision made for pupils listed under “Accountability & Management” shall be made in accordance with the new delegated funding arrangements for PRUs and through devolved funding to schools where no PRU provision is made, using the agreed funding formula.',
          corrections: [{ seed: 'arrangements fort PRUs', corrected: 'arrangements for PRUs' }],
        },
      ),
    ]),
    section('disputes', undefined, 'Resolution of Disputes', [
      clause(
        'dispute-resolution',
        '',
        '',
        {
          stages: [
            { forum: 'members of the Management Committee', timeLimit: { amount: 21, unit: 'calendar_days' }, finalAndBinding: false },
            { forum: 'the Corporate Director, Education, Learning and Skills', finalAndBinding: true },
          ],
          escalationNeedsAgreement: true,
        },
        {
          text: 'The Parties shall refer all matters in dispute arising out of or in connection with this agreement for consideration and decision by {{stages.0.forum}}, who shall use their reasonable endeavours to reach a solution to any such dispute within a period of {{stages.0.timeLimit|words-figures}}, and failing which, unless the Parties agree another period of time, any such dispute may, upon agreement of the Parties be dealt with by referral to {{stages.1.forum}}, their decision being final and binding on both parties.',
        },
      ),
    ]),
    section('signatures', undefined, 'Signatures', [
      clause('signature-block', '', '', {
        signatories: [
          { id: 'kcc-officer', partyId: 'authority', role: 'Officer of KCC' },
          { id: 'provider-chair', partyId: 'provider', role: 'Chair of Management Committee' },
        ],
      }),
    ]),
  ]
  return {
    title: TITLE,
    parties: withPartyOptions(PARTIES, options),
    content: { sections: [...mainBody, specification(options)] },
  }
}

export const kentPruSla: AgreementTemplate = {
  key: 'kent-pru-sla',
  title: TITLE,
  description: 'Kent County Council and a PRU Management Committee: three-year term, six months’ notice, disputes to the Management Committee then the Corporate Director, termly KPI targets.',
  authorityName: 'Kent County Council',
  build,
}
