// Leicestershire County Council Secondary Education and Inclusion Partnership (SEIP) devolved
// funding agreement with a Lead School, seed 002, with Schedule 1 (glossary), Schedule 2 (the
// Local Offer and Appendix A, the schools in each partnership), Schedule 3 (the member-school
// MOU, also its own template) and Schedule 4 (co-ordination of the five partnerships).
// The seed numbers two clauses 12.9; both are kept.
import type { Party } from '#clauses/party'
import { clause, fixedTerm, prose, schedule, section, withPartyOptions } from '../builders'
import { mouParties, mouSections } from '../leicestershire-seip-mou/index'
import type { AgreementTemplate, TemplateBuildOptions } from '../template'
import { monitoringSection } from './monitoring'
import { partnershipSections } from './partnership-terms'
import { localOfferDetails, localOfferSchedule } from './local-offer'
import { coordinationSchedule, glossarySchedule } from './schedules'
import { SEIP_PARTNERSHIPS } from './partnerships'

const TITLE = 'Leicestershire Secondary Education and Inclusion Partnership Agreement'

const AUTHORITY: Party = {
  id: 'authority',
  role: 'authority',
  name: 'Leicestershire County Council',
  definedAs: 'the Authority',
  noticeAddress: 'County Hall, Leicester, LE3 8RA',
}

const SIGNATORIES = [
  { id: 'lead-school-headteacher', partyId: 'lead-school', role: 'Headteacher of the Lead School' },
  { id: 'lead-school-chair', partyId: 'lead-school', role: 'Chair of Governors of the Lead School' },
  { id: 'authority-officer', partyId: 'authority', role: 'Officer of Leicestershire County Council' },
]

/** Clause 1.1: 1 September 2018 to 31 July 2020, subject to annual review by the SEIP Executive
 * Steering Group; clause 1.2: extended by agreement of the parties. */
const SEED_TERM = { commencesOn: '2018-09-01', endsOn: '2020-07-31' }

function termParams(options: TemplateBuildOptions) {
  return {
    ...fixedTerm(options, SEED_TERM).dates,
    review: { frequency: 'annual' as const, by: 'the SEIP Executive Steering Group', continuesWithoutReview: false },
    extension: { inWriting: false, runsFor: 'agreed_period' as const },
  }
}

function build(options: TemplateBuildOptions = {}) {
  const { seedDates, requiredFields } = fixedTerm(options, SEED_TERM)
  const parties = [...mouParties(options), ...withPartyOptions([AUTHORITY], options)]
  return {
    title: TITLE,
    parties,
    content: {
      details: localOfferDetails(options.partnership),
      sections: [
        section('parties', undefined, 'Agreement', [
          clause('parties-and-signatories', '', '', {
            opening: 'This AGREEMENT is made',
            parties: [
              {
                partyId: 'lead-school',
                capacity: `acting as the Lead School on behalf of itself and the member schools of the {{detail.partnershipArea}} Secondary Education and Inclusion Partnership (SEIP) to this Agreement as it may be varied from time to time (referred to in this Agreement as the Lead School or the SEIP as the context requires). A full glossary of terms used throughout this agreement can be found in Schedule 1`,
              },
              { partyId: 'authority' },
            ],
            signatories: SIGNATORIES,
          }),
          clause('recitals', '', '', { introduction: 'Whereas;', numbering: 'numbers', recitals: RECITALS }),
        ]),
        section('duration', '1', 'Duration', [
          clause('term', '1.1', '', termParams(options), {
            requiredFields,
            text: seedDates
              ? [
                  'This Agreement commences on the 1st September 2018 and continues until the 31st July 2020, subject to annual review by the SEIP Executive Steering Group.',
                  '1.2 This Agreement may be extended by the agreement of the parties.',
                ].join('\n\n')
              : undefined,
          }),
        ]),
        section('allocation', '2', 'Allocation of Funding to the SEIP by the Authority', [
          prose(
            '',
            '',
            ["2.1", "The Authority has consulted the Schools Forum and the Secondary Education and Inclusion Partnerships on the criteria for determining the funding allocation granted to the SEIP. The funding allocation will be based upon formula factors agreed with the Schools Forum and in line with the data available for school budgets."],
            ["2.2", "The formula uses two factors to drive funding: disadvantage and pupil numbers. Data within the formula will be reviewed annually to reflect the previous October school census data and any changes introduced at the start of the next financial year (1st April to 31st March)."],
          ),
          // Clause 2.3: paid termly, in the first week of the academic term. It is the payment 4.1
          // describes, not a second one: the payment rule is 4.1's, so each term has one payment due.
          clause(
            'funding',
            '2.3',
            '',
            { lines: [], showTotals: false },
            { text: 'The funding will be made to the Lead School on a termly basis with payments made in the first week of the academic term.' },
          ),
          prose(
            '',
            '',
            ["2.4", "At the beginning of each financial year the Authority will notify the SEIP of the funding allocation for the subsequent year or years based on agreement with the Schools Forum."],
            ["2.5", "The total funding devolved to the Secondary Education and Inclusion Partnerships will be reviewed on an annual basis, in consultation with the SEIP Executive Steering Group and the Schools Forum."],
          ),
          // Clause 2.6: the allocation may be removed if agreed outcomes are not met.
          clause(
            'funding',
            '2.6',
            '',
            { lines: [], showTotals: false, clawback: { grounds: 'following a discussion with the SEIP, if agreed outcomes are not met' } },
            {
              text: 'The Authority reserves the right to remove the funding allocation or part of it from a SEIP, following a discussion with the SEIP, if agreed outcomes are not met. The SEIP (and its constituent members) will be expected to provide regular information to the Authority in order demonstrate how this funding is being managed and spent (as set out in Clause 8 of this Agreement);',
            },
          ),
          prose(
            '2.7',
            '',
            "The SEIP will be expected to hold prudent balances to ensure that they are in the position to meet unexpected changes in demand, and unspent balances may be carried forward for this purpose. However, the right to carry forward unspent funding allocations at the end of each financial year is not automatic. Proposals to carry forward will be discussed by the SEIP and the Authority and considered under the regulatory framework for the use of Dedicated Schools Grant and will require the approval of the Schools Forum. Furthermore, the Authority and SEIPs will be expected to take reasonable endeavours to ensure that the funding allocated is used to adopt some flexibility around spend to ensure that balances meet demand and result in positive learning outcomes across Leicestershire.",
          ),
        ]),
        section('use', '3', 'Use of Funding Allocation by the SEIP', [
          prose(
            '',
            '',
            ["3.1", "The SEIP will use the funding allocation only for those purposes set out in Clause 16. The management and use of funding will be regularly monitored by the Authority as set out in Clause 8 of this Agreement."],
            ["3.2", "The SEIP will take decisions in accordance with purposes specified in Clause 15."],
            ["3.3", "Decisions of the SEIP in relation to the funding allocation and how it is spent are binding on each member school in the SEIP."],
            ["3.4", "Subject to any decision of the Authority under Clause 2.7 the SEIP is expected to provide for all the Area’s needs from within the funding allocation for that academic year in respect of educational provision for excluded children and children at risk of exclusion, and is expected to implement best practice in respect of early intervention in school to address issues of behaviour."],
            ["3.5", "The SEIP agrees to establish and maintain up-to-date effective management, monitoring and financial systems and to comply with the Authority’s monitoring and reporting requirements in respect of the funding allocation as set out in Clause 8."],
            ["3.6", "The Lead School may not pass any of the allocated funding to an individual SEIP member school for purposes other than work to achieve SEIP outcomes. If a SEIP proposes to use the funding allocation or part of it in this way, the SEIP must first discuss the proposal in detail with the Authority, which may in its sole discretion approve the proposal."],
            ["3.7", "The Executive Steering Group within the SEIP will be responsible for ensuring the proper operation and financial probity of the SEIP, and for ensuring that the activities provided can be funded within the budget of the SEIP."],
            ["3.8", "Member schools will consider annually a subscription to their local SEIP based on numbers on roll as a supplement to the funding allocation. The agreed level of subscription will be reported to the SEIP Executive Steering Group."],
          ),
        ]),
        section('payment', '4', 'Payment of Funding Allocation', [
          // Clause 4.1: termly instalments in advance through BACS, in the first week of the term (clause 2.3).
          clause(
            'funding',
            '4.1',
            '',
            { lines: [], showTotals: false, paymentRule: { kind: 'termly_in_advance', withinFirstWeek: true } },
            { text: 'The funding allocation will be paid by termly instalments in advance and processed through the BACS system.' },
          ),
          // Clause 4.2: ineligible or overpaid sums are recovered.
          clause(
            'funding',
            '4.2',
            '',
            { lines: [], showTotals: false, clawback: { grounds: 'where expenditure is not eligible for payment or the Authority has paid more than it is liable to pay under this Agreement' } },
            {
              text: 'If the Authority determines that any expenditure previously paid against the funding allocation, in accordance with the purposes set out in Clause 15.1 of this Agreement, does not relate to costs which are eligible for payment or if at any time the Authority has paid more than the Authority is liable to pay under this Agreement, the Authority shall notify the SEIP and will recover that sum from the remaining allocation or to require the SEIP to repay that sum to the Authority.',
            },
          ),
        ]),
        section('clawback', '5', 'Recovery/Clawback of Funding', [
          // Clause 5.1: the full cost of provision for a permanently excluded pupil is recovered from the excluding school.
          clause(
            'funding',
            '5.1',
            '',
            { lines: [], showTotals: false, clawback: { grounds: 'from the excluding school, for the full financial cost of provision for permanently excluded pupils' } },
            {
              text: 'In the event of the SEIP not reaching an agreement for a permanently excluded pupil, the pupil becomes the responsibility of the local authority in which the pupil is resident. The Authority will recover the full financial cost of provision for permanently excluded pupils from the excluding school. This includes the statutory deduction set out within the School and Early Years Finance regulations.',
            },
          ),
          prose(
            '5.2',
            '',
            "SEIPs will agree locally on arrangements for clawing back pupil funding from schools when a pupil moves to the responsibility of the SEIP following a permanent exclusion. When a school does not comply with the SEIP agreement the Authority will withdraw the average pupil cost, pupil premium allocation and any top up funding allocated to the pupil from the school and will transfer it to the SEIP.",
          ),
          // Clause 5.3: removal of the allocation if agreed outcomes are not met.
          clause(
            'funding',
            '5.3',
            '',
            { lines: [], showTotals: false, clawback: { grounds: 'if agreed outcomes are not met' } },
            { text: 'The Authority reserves the right to remove the funding allocation or part of it from a SEIP if agreed outcomes are not met.' },
          ),
        ]),
        section('charging', '6', 'Charging Policy', [
          // Clause 6.1: the £4,000 section 51A charge.
          clause(
            'funding',
            '6.1',
            '',
            {
              lines: [],
              showTotals: false,
              charges: [
                {
                  id: 'section-51a',
                  description:
                    'from an excluding school under section 51A of the Education Act 2002 if, following a direction to reconsider from an independent review panel, the governing body does not offer to reinstate the pupil within 10 school days of being notified of the panel’s decision',
                  amount: 400_000,
                },
              ],
            },
            {
              text: 'Section 51A of the Education Act 2002 allows a charge of £4,000 to be levied from an excluding school, if, following a direction to reconsider from an independent review panel, the governing body does not offer to reinstate the pupil within 10 school days of being notified of the panel’s decision. In the case of an academy, the school would be required to make an equivalent payment directly to the local authority in which the school is located. This payment will be in addition to any funding that would normally follow an excluded pupil. If the SEIP subsequently accepts responsibility for the pupil, the amount levied will be transferred to the SEIP budget',
            },
          ),
          prose(
            '',
            '',
            ["6.2", "Where a pupil who is the subject of additional funding from a Secondary Education and Inclusion Partnership moves home address to the area of another partnership any change of responsibility for funding will be based on:"],
            ["a)", "the best interests of the pupil"],
            ["b)", "the school where the child is on roll"],
            ["6.3", "Where a pupil who is the subject of additional funding from a Secondary Education and Inclusion Partnership moves outside the area of the Authority, such additional funding shall terminate, subject to arrangements being made with the pupil’s new education authority."],
            ["6.4", "The SEIP shall not offer preventative support to schools that are not members of the SEIP, but the SEIP will be responsible for commissioning alternative provision for young people permanently excluded from such schools."],
            ["6.5", "In the event of a school or academy withdrawing from SEIP membership the SEIP will continue to be responsible for provision for any permanently excluded pupils from that school. The Authority will secure full cost recovery for provision from the school for excluded pupils and transfer the funds to the SEIP budget providing that the SEIP has assumed responsibility for the care and management of the pupil. The SEIP may continue to provide services and support to the school in order to prevent exclusion but may levy a cost for these services."],
          ),
        ]),
        section('cross-border', '7', 'Cross Border Arrangements', [
          prose(
            '',
            '',
            ["7.1", "Pupils attending Leicestershire schools and who are resident elsewhere must be managed in accordance with The Education (Areas to which Pupils and Students Belong) Regulations 1996 as amended2."],
            ["7.2", "The SEIP will offer non- statutory advice and support for non-Leicestershire pupils, for example a Managed Move from one Leicestershire school to another. Where a pupil who lives in a local authority area other than Leicestershire is permanently excluded from a Leicestershire school, the decision regarding admission to another mainstream school, or placement in alternative provision remains the responsibility of the local authority in which the pupil is resident."],
          ),
        ]),
        monitoringSection(),
        section('review', '9', 'Review and Audit by the Authority', [
          prose(
            '',
            '',
            ["9.1", "The Authority will be entitled to conduct reviews from time to time of how the arrangements under this Agreement are operating and the SEIP agrees to co- operate with the Authority in relation to any such reviews and to provide such information as reasonably requested by the Authority for this purpose."],
            ["9.2", "The Authority may also from time to time undertake an audit of expenditure against the funding allocation. The SEIP agrees to co-operate with any requirements of the Authority’s internal and external auditors in this respect and to provide such information as requested by the Authority’s auditors for this purpose. The Authority’s Chief Financial Officer may request any information necessary to ensure that the Authority’s statutory obligations in the management of public expenditure are fulfilled."],
            ["9.3", "It is intended that the outcome of any reviews or audit process will be used to inform and improve the arrangements for prevention and provision in relation to excluded children or those at risk of exclusion and subject to clause 12. The SEIP agrees that the Authority may share information with other Secondary Education and Inclusion Partnerships or publish information of relevance as it sees fit."],
          ),
        ]),
        section('records', '10', 'Records and Access', [
          // Clause 10.1: records kept for 7 financial years including the current one.
          clause('records-retention', '10.1', '', {
            period: { amount: 7, unit: 'years' },
            countedIn: 'financial_years',
            includesCurrentYear: true,
            keptBy: 'The SEIP',
            records: 'full documentary records of all decisions made',
            relatingTo: 'the funding allocation',
            availableTo: 'the Authority or the Authority’s internal and external auditors',
          }),
          prose(
            '',
            '',
            ["10.2", "The SEIP will maintain a record of expenditure incurred by it against the funding allocation and will provide the Authority with details for consideration termly as part of the performance reporting and also upon request."],
            ["10.3", "The Authority reserves the right to attend any SEIP meetings at which the funding allocation or decisions as to its use are to be discussed."],
          ),
        ]),
        section('confidentiality', '11', 'Confidentiality and Data Protection', [
          clause(
            'data-protection',
            '11',
            '',
            {
              confidentiality: { scope: 'discussions held at SEIP meetings and information held in relation to excluded children and those at risk of exclusion' },
              dataProtectionLaw: 'Data Protection Act 1998',
              freedomOfInformation: 'counterparty_assists_authority',
            },
            {
              text: [
                '11.1 The parties acknowledge that discussions held at SEIP meetings and information held in relation to excluded children and those at risk of exclusion are confidential and they agree to keep confidential all such information unless such information is in the public domain or is required by law to be disclosed.',
                '11.2 The parties acknowledge and will abide by their respective obligations under the Data Protection Act 1998 in relation to the processing and retention of personal data.',
                'Please note: Clause 11.2 is subject to change due to the introduction of the General Data Protection Regulation in 2018. The Authority is currently reviewing and updating its data protection contractual terms.',
                '11.3 In the event that the Authority receives a request for information under the Freedom of Information Act 2000, the SEIP shall co-operate with providing any relevant information to the Authority.',
              ].join('\n\n'),
            },
          ),
        ]),
        ...partnershipSections(),
        section('termination', '17', 'Termination', [
          // Clause 17.1: 12 months' written notice terminating at the end of an academic year.
          clause('termination', '17.1', '', {
            noticeBy: 'either',
            noticePeriod: { amount: 12, unit: 'months' },
            alignment: { kind: 'academic_year_end' },
            effect: 'terminates_agreement',
            inWriting: true,
            byMutualAgreement: false,
          }, { text: 'Either party may serve notice on the other to terminate this Agreement by giving 12 months written notice terminating at the end of an academic year.' }),
          // Clause 17.2: legislative change, 12 months' notice or such notice as is reasonable.
          clause(
            'termination',
            '17.2',
            '',
            {
              noticeBy: 'authority',
              noticePeriod: { amount: 12, unit: 'months' },
              alignment: { kind: 'none' },
              effect: 'terminates_agreement',
              inWriting: true,
              grounds: 'in the event that there are changes to legislation which prohibit or severely restrict the operation of this agreement',
              servedOn: 'the Partnership',
              orReasonableNotice: true,
              byMutualAgreement: false,
            },
            {
              text: 'The Authority may terminate this Agreement in the event that there are changes to legislation which prohibit or severely restrict the operation of this agreement, provided that the Authority shall give the Partnership 12 months’ notice in writing or such notice as is reasonable in the circumstances.',
            },
          ),
          // Clause 17.3: pupils' best interests not met, 12 months' written notice.
          clause(
            'termination',
            '17.3',
            '',
            {
              noticeBy: 'authority',
              noticePeriod: { amount: 12, unit: 'months' },
              alignment: { kind: 'none' },
              effect: 'terminates_agreement',
              inWriting: true,
              grounds: 'in the event that it considers that the best interests of Leicestershire pupils are not being met through these arrangements',
              servedOn: 'the SEIP',
              byMutualAgreement: false,
            },
            {
              text: 'The Authority may terminate this agreement in the event that it considers that the best interests of Leicestershire pupils are not being met through these arrangements by giving 12 months written notice to the SEIP.',
            },
          ),
          // Clauses 17.4 and 17.5: repayment of unspent funding and claw-back of ineligible sums.
          clause(
            'funding',
            '17.4',
            '',
            { lines: [], showTotals: false, clawback: { grounds: 'where the Agreement is varied or terminated, as any of the funding allocation that remains unspent and uncommitted in the relevant year' } },
            {
              text: 'In the event that this Agreement is varied or terminated the SEIP shall at the request of the Authority repay any of the funding allocation that remains unspent and uncommitted in the relevant year or shall make such other arrangements for the treatment of any unallocated sums as the Authority may direct.',
            },
          ),
          clause(
            'funding',
            '17.5',
            '',
            { lines: [], showTotals: false, clawback: { grounds: 'where sums were not eligible for payment or were paid in excess of the funding allocation for the specific year' } },
            {
              text: 'In the event that the Authority has made a determination in relation to clause 4.2 that sums were not eligible for payment under this agreement or sums have been paid in excess of the funding allocation for the specific year the Authority may claw back the sums from the funding allocation and shall notify the SEIP of its intention to seek claw-back of such sums, the reason for the claw-back and the amount due.',
            },
          ),
        ]),
        section('governing-law', '18', 'Governing Law', [
          // Clause 18: English law; the parties irrevocably submit to the English courts.
          clause('governing-law', '18', '', { law: 'English', courts: 'unspecified', irrevocable: true }),
        ]),
        section('signatures', undefined, 'Signatures', [clause('signature-block', '', '', { signatories: SIGNATORIES })]),
        glossarySchedule(),
        localOfferSchedule(),
        schedule('schedule-3', '3', 'Template Memorandum of Understanding between Schools in Secondary Education and Inclusion Partnerships', []),
        ...mouSections(parties, '{{detail.partnershipArea}}'),
        coordinationSchedule(),
      ],
    },
  }
}

const RECITALS = [
  'The purpose of this Agreement is to devolve funding in order to develop and implement the local strategy that meets the learning needs of vulnerable and challenging young people and deliver the vision and outcomes defined as in Schedule 2 of this Agreement',
  'The Authority has agreed to devolve elements of funding (the funding allocation) to the Lead School/Academy to be used in the geographic area covered by the SEIP (‘the Area’) to prevent the need for permanent exclusions and to improve outcomes for vulnerable and challenging young people of Secondary School age (years 7-11) - except those attending area based special schools in the County. Decisions about the most effective use of this funding are devolved to each SEIP, subject to the provisions of this agreement;',
  'The SEIP (and its constituent members) have agreed to accept the funding allocation determined by the Authority, to take responsibility for its management and to use it for the purposes described in this Agreement. The SEIP (and its constituent members) will be expected to provide regular information to the Authority in order to demonstrate how this funding is being managed and spent (as set out in Clause 8 of this Agreement);',
  'The Authority and the SEIP agree to work together to secure the best possible outcomes for pupils who are resident in Leicestershire and have been excluded or are at risk of permanent exclusion. Performance against this Agreement and the achievement of outcomes will be monitored as described in Clause 8 of this agreement;',
  'The Authority and the SEIP agree to work together to secure the best possible outcomes for pupils who are resident outside Leicestershire but are attending Leicestershire schools, subject to the provisions of Clause 7 of this Agreement Achievement of outcomes will be monitored as described in Clause 8 of this agreement.',
]

export const leicestershireSeip: AgreementTemplate = {
  key: 'leicestershire-seip',
  title: TITLE,
  partnerships: SEIP_PARTNERSHIPS.map((partnership) => partnership.area),
  description: 'Leicestershire County Council and a SEIP Lead School: 12 months’ notice ending at the end of an academic year, termly funding in advance, clawback, budget plan by October half term, Annual Expenditure Report by 31 March, records kept 7 financial years.',
  authorityName: 'Leicestershire County Council',
  build,
}
