// Nottingham City Council agreement for the devolution of funding to support behaviour and
// excluded children, with Schedule 1 (funding and payment) and Schedule 2 (cost recovery), seed
// 004. The seed has no clauses 9.2, 9.7.2, 9.7.5 or 9.7.7; the numbering is kept as it stands.
import type { Party } from '#clauses/party'
import { clause, fixedTerm, prose, section, withPartyOptions } from '../builders'
import type { AgreementTemplate, TemplateBuildOptions } from '../template'
import { costRecoverySchedule, fundingSchedule } from './schedules'

const TITLE = 'Agreement for the devolution of Funding to support behaviour and Excluded Children or Children at Risk of Exclusion'

const PARTIES: Party[] = [
  { id: 'responsible-body', role: 'responsible_body', name: 'Trinity Catholic School', definedAs: 'the Responsible Body' },
  {
    id: 'authority',
    role: 'authority',
    name: 'Nottingham City Council',
    definedAs: 'the Authority',
    noticeAddress: 'Loxley House, Station Street, Nottingham, NG2 3NG',
  },
]

/** Clause 1.1: commences 23 February 2017, backdated to 1 April 2016, until 31 March 2018;
 * clause 1.2: extended by written agreement, running April to March. A drafter's own dates
 * replace the seed's, and the backdating with them. */
function termParams(options: TemplateBuildOptions) {
  const { dates, seedDates } = fixedTerm(options, { commencesOn: '2017-02-23', endsOn: '2018-03-31' })
  return {
    ...dates,
    ...(seedDates ? { backdatedTo: '2016-04-01' } : {}),
    extension: { inWriting: true, runsFor: 'financial_year' as const },
  }
}

function build(options: TemplateBuildOptions = {}) {
  const { seedDates, requiredFields } = fixedTerm(options, { commencesOn: '2017-02-23', endsOn: '2018-03-31' })
  return {
    title: TITLE,
    parties: withPartyOptions(PARTIES, options),
    content: {
      sections: [
        section('parties', undefined, 'Agreement', [
          clause('parties-and-signatories', '', '', {
            opening: 'This AGREEMENT is made',
            parties: [{ partyId: 'responsible-body' }, { partyId: 'authority' }],
            signatories: SIGNATORIES,
          }),
          clause('recitals', '', '', {
            introduction: 'Whereas;',
            numbering: 'numbers',
            recitals: RECITALS,
          }),
        ]),
        section('duration', '1', 'Duration', [
          clause('term', '1.1', '', termParams(options), {
            requiredFields,
            text: [
              `This Agreement commences on the {{commencesOn|ordinal}}${seedDates ? ' (backdated to {{backdatedTo|ordinal}})' : ''} and continues until {{endsOn|ordinal}}. It is expected that the agreement will be reviewed as outlined in clause 6.`,
              '1.2 This Agreement may be extended by the written agreement of the parties and will run from April to the following March ("Financial Year").',
            ].join('\n\n'),
          }),
        ]),
        section('allocation', '2', 'Allocation of Funding to the Responsible Body by the Authority', [
          prose(
            '',
            '',
            ["2.1", "The Authority will ensure that the Funding Allocation is devolved in accordance with the agreed funding formula (Schedule 1)."],
            ["2.2", "The Authority will devolve the Funding Allocation to the Responsible Body from the High Needs Block and the Funding Allocation will comprise:"],
            ["2.2.1", "The Responsible Body allocation of the total funding for AP funding based on the factors of educational phase, free school meals (ever6) and school population"],
            ["2.2.2", "The Responsible Body allocation of High Level Needs (HLN) funding for behaviour (SEMH). All other HLN bids will continue through the normal processes."],
            ["2.2.3", "This Funding Allocation will be reduced according to the number of pupils permanently excluded from the individual school or Responsible Body where the Authority is required to providing their educational provision. The reduction in funding will continue each academic year whilst the pupil is educated by the Local Authority."],
          ),
          // Clause 2.3: "£[xxx]" for the period in clause 1.1, in three payments (Schedule 1).
          clause(
            'funding',
            '2.3',
            '',
            { lines: [], showTotals: false, fundingPeriod: 'the period set out in clause 1.1' },
            {
              requiredFields: ['totalAmount'],
              text: 'For {{fundingPeriod}}, the Authority will make {{totalAmount}} available to the Responsible Body to make provision available in accordance with the terms of this Agreement. Funding will be divided into three payments which will be made at key points in the academic year. Payment details are provided on Schedule 1.',
            },
          ),
          prose(
            '',
            '',
            ["2.4", "In the event that this Agreement is extended beyond the period in clause 1.1, the Authority will notify the Responsible Body of the Funding Allocation for the subsequent Academic Year, notification to be given in writing once the Authority statutory budget process has been completed."],
            ["2.5", "The use of any Funding which remains uncommitted at the end of the Funding Period will remain with the responsible body and its use will be determined by the school or schools in the Responsible Body partnership, considering current and future commitments of the funding for permanent exclusions and developing alternative provision in line with local and national priorities."],
            ["2.6", "The use of top slice funding for the LA responsibilities outlines in clause 4.2.6 which remains uncommitted at the end of the Funding Period will remain with the LA to support risk mitigation of permanent exclusions, unless this responsibility is devolved."],
            ["2.7", "The Funding Allocation will be discussed at regular meetings between the Authority and the Responsible Body as outlined in clause 6 and 7. The Authority will have due regard to any comments made by the Responsible Body when setting the Funding Allocation for subsequent Academy years."],
          ),
          // Clause 2.8: paid annually in advance, subject to clawback under clause 9.
          clause(
            'funding',
            '2.8',
            '',
            { lines: [], showTotals: false, clawback: { grounds: 'as outlined in clause 9' } },
            {
              text: 'The Funding Allocation will be paid to the Responsible Body on an annual basis in advance. However, this funding will be subject to claw backs as outlined in clause 9.',
            },
          ),
        ]),
        section('use', '3', 'Use of Funding Allocation by the Responsible Body', [
          prose(
            '',
            '',
            ["3.1", "The Responsible Body will use the Funding Allocation for the sole purpose of supporting pupils with behavioural difficulties and who are permanently excluded or at significant risk of exclusion. The budget is for all pupils with behavioural needs. There is no further funding for transport costs except when these are covered by the school transport policy."],
            ["3.2", "The Responsible Body may use the Funding Allocation as it sees fit to meet the purpose set out in clause 3.1."],
            ["3.3", "The Responsible Body is expected to secure educational provision for its excluded pupils and those at risk of exclusion from within the Funding Allocation for that Academic Year and is expected to implement best practice in respect of early intervention in school to address issues of behaviour."],
            ["3.4", "The Responsible Body agrees to establish effective management, monitoring and financial systems and to comply with the Authority's monitoring and reporting requirements in respect of the Funding Allocation as set out in clause 1."],
          ),
        ]),
        section('obligations', '4', 'Obligations of the Responsible Body and the Authority', [
          prose(
            '',
            '',
            ["4.1", "The Responsible Body will:"],
            ["4.1.1", "Liaise with the Authority Lead Officer (Inclusion Officer) and representatives responsible for the Learning Centres to estimate the Responsible Body's requirements for places at those centres. Such liaison will take place on a termly basis."],
            ["4.1.2", "Maintain and share appropriate records of pupils receiving alternative provision off-site. For this purpose, a pupil is in receipt of alternative provision where the education provided varies by over 20% from the mainstream curriculum offered by the Responsible Body."],
            ["4.1.3", "Draw up and maintain a Provision Map for all pupils meeting the requirement in clause 4.1.2 and ensure the plan is regularly reviewed with the pupil and his/her parents."],
            ["4.1.4", "The Responsible Body will be responsible for monitoring attendance, progress and outcomes of all their pupils in alternative provision. The Responsible Body will be accountable for the Quality Assurance (QA) of alternative provision to ensure provision remains appropriate and provides good quality education; progress and outcomes for pupils."],
            ["4.1.5", "The Responsible Body will work in partnership with the Authority to provide QA information and feedback to ensure safeguarding of pupils; development of the AP market and deliver an overview of quality provision across the area."],
            ["4.1.6", "Share all relevant data regarding the pupil with the alternative provision provider prior to the placement, such data to include prior attainment and personal/social background information."],
            ["4.1.7", "Participate in the Fair Access [and Managed Move] protocols and take responsibility for young people placed through the Secondary Fair Access Protocol in their school/responsible body."],
            ["4.1.8", "Reimburse the Authority for the costs of making provision for a permanently excluded child for the previous term where the Responsible Body has not secured appropriate educational provision, as detailed in Schedule 2, Cost Recovery Mechanism."],
            ["4.1.9", "Retain responsibility for pupils at risk of permanent exclusion and who are permanently excluded (date to be negotiated), until the pupil is on roll at another mainstream school or through the LA exercising their legal responsibility through cost recovery for provision."],
            ["4.1.10", "Provide points of contact for the Authority, including sharing knowledge, resources and skills and to work in true partnership with each other and relevant agencies and organisations."],
            ["4.2", "The Authority will:"],
            ["4.2.1", "Provide a Lead Officer who will support the Responsible Body on exclusion and alternative provision issues for the duration of this Agreement."],
            ["4.2.2", "Ensure the Lead Officer is available to meet the Responsible Body on an annual basis and at any other point where a meeting is reasonably requested by the Responsible Body."],
            ["4.2.3", "Provide appropriate levels of data at the annual meeting to evaluate the effectiveness of the provision."],
            ["4.2.4", "Work in partnership with the Responsible Body to develop appropriate provision and ensure sufficient choice of AP in the area for the Responsible Body for schools to commission."],
            ["4.2.5", "Ensure the arrangements set out in this Agreement comply with all relevant legislation and guidance and co-operate with the Responsible Body to vary arrangements where it is necessary or expedient to do so because of changes in legislation or guidance."],
            ["4.2.6", "Ensure all permanently excluded pupils secure a suitable educational placement within statutory timelines (6th Day). All pupils permanently excluded from schools and Local Authorities outside of this agreement will remain the responsibility of the LA and appropriate funding allocated from top slicing the devolved High Needs Block funding allocated to the Alternative Provision proposal."],
            ["4.2.7", "Secure suitable and appropriate education for a permanently excluded pupil where the Responsible Body has failed to do so within the statutory timelines and implement the Cost Recovery Mechanism to the Responsible Body, until the pupil is on roll at another school and their educational provision in place."],
          ),
        ]),
        section('records', '5', 'Records and Access', [
          // Clause 5.1: records of all decisions kept for 3 years.
          clause(
            'records-retention',
            '5.1',
            '',
            {
              period: { amount: 3, unit: 'years' },
              countedIn: 'years',
              includesCurrentYear: false,
              keptBy: 'The Responsible Body',
              records: 'full documentary records of all decisions made',
              relatingTo: 'the Funding Allocation',
              availableTo: 'the Authority',
            },
          ),
          prose(
            '',
            '',
            ["5.2", "The Authority will maintain a record of the Funding Allocation paid to the Responsible Body and will provide the Responsible Body with details for consideration at each meeting and also upon request."],
            ["5.3", "The Authority and the Responsible Body will adhere to the use of standard forms already in use such as provision maps and documentation and work together to develop further policy and practice."],
          ),
        ]),
        section('review', '6', 'Review and Audit by the Authority', [
          prose(
            '',
            '',
            ["6.1", "The Authority will be entitled to conduct reviews from time to time of how the arrangements under this Agreement are operating and the Responsible Body agrees to co-operate with the Authority in relation to any such reviews and to provide such information as reasonably requested by the Authority for this purpose."],
            ["6.2", "It is intended that the outcome of any reviews or audit process will be used to inform and improve the arrangements for prevention and provision in relation to excluded children or those at risk of exclusion and subject to clause 8 the Authority will share the review outcomes with the Responsible Body."],
          ),
        ]),
        section('meetings', '7', 'Meetings', [
          prose(
            '',
            '',
            ["7.1", "Meetings between the Authority and Responsible Body may be requested by either party."],
            ["7.2", "Both parties shall notify the other of any changes in the names and contact details of their key contacts as soon as practical."],
          ),
        ]),
        section('confidentiality', '8', 'Confidentiality and Data Protection', [
          clause('data-protection', '8', '', {
            confidentiality: {
              scope: 'discussions between the Responsible Body and the Authority and information held in relation to excluded children and those at risk of exclusion',
            },
            informationSharingAgreement: 'Nottingham City Council\'s Information Sharing Agreement (ISA)',
            dataProtectionLaw: 'Data Protection Act 1998',
            freedomOfInformation: 'mutual',
          }, {
            text: [
            ["8.1", "The parties acknowledge that discussions between the Responsible Body and the Authority and information held in relation to excluded children and those at risk of exclusion is confidential and they agree to keep confidential all such information unless such information is in the public domain or is required by law to be disclosed. The Authority and Responsible Body will comply with Nottingham City Council's Information Sharing Agreement (ISA) regarding sharing pupil information."],
            ["8.2", "The parties acknowledge and will abide by their respective obligations under the Data Protection Act 1998 in relation to the processing of personal data."],
            ["8.3", "In the event that either party receives a request for information under the Freedom of Information Act 2000, the other party shall on reasonable request co-operate with providing any relevant information to the other party."],
            ]
              .map(([label, text]) => `${label} ${text}`)
              .join('\n\n'),
          }),
        ]),
        section('termination', '9', 'Termination, Clawback and Witholding of Funding', [
          // Clause 9.1: 2 terms' written notice terminating at the end of an academic year.
          clause(
            'termination',
            '9.1',
            '',
            {
              noticeBy: 'either',
              noticePeriod: { amount: 2, unit: 'terms' },
              alignment: { kind: 'academic_year_end' },
              effect: 'terminates_agreement',
              inWriting: true,
              byMutualAgreement: false,
            },
            { text: 'Either party may serve notice on the other to terminate this Agreement by giving {{noticePeriod}} written notice terminating at the end of an Academic Year.' },
          ),
          // Clause 9.3: immediate termination by the Authority for serious breach.
          clause(
            'termination',
            '9.3',
            '',
            {
              immediateTermination: {
                by: 'authority',
                grounds:
                  'in the event that the Responsible Body or any individual schools do not comply with the terms of this Agreement, determined as a serious breach of the agreement including serious concerns about the safeguarding of pupils, or serious concerns raised by Ofsted, the Department of Education or the Education Funding Agency',
              },
              byMutualAgreement: false,
            },
            {
              text: 'The Authority may terminate this Agreement with immediate effect in the event that the Responsible Body or any individual schools do not comply with the terms of this Agreement. This would be determined as a serious breach of the agreement including serious concerns about the safeguarding of pupils, or serious concerns raised by Ofsted, the Department of Education or the Education Funding Agency.',
            },
          ),
          // Clause 9.4: once told the indicative allocation (clause 2.4), the Responsible Body may
          // end the agreement at the end of the current academic year on clause 9.1 notice.
          clause(
            'termination',
            '9.4',
            '',
            {
              noticeBy: 'responsible-body',
              noticePeriod: { amount: 2, unit: 'terms' },
              alignment: { kind: 'academic_year_end' },
              effect: 'terminates_agreement',
              inWriting: true,
              grounds: 'where the Authority provides the indicative Funding Allocation in accordance with clause 2.4',
              byMutualAgreement: false,
            },
            {
              text: 'Where the Authority provides the indicative Funding Allocation in accordance with clause 2.4, the Responsible Body may give written notice to terminate the Agreement at the end of the current Academic Year as described in clause 9.1.',
            },
          ),
          prose(
            '',
            '',
            ["9.5", "In the event that this Agreement is varied or terminated the Responsible Body shall notify the Authority of the amount of Funding Allocation it has spent or committed in the relevant Academic Year and make arrangements for the treatment of any unallocated sums."],
            ["9.6", "Where the Agreement is terminated under this clause 9, the Authority shall be solely responsible for meeting the needs of those children eligible for support in accordance with section 19 Education Act 1996 (or any replacement provision)."],
          ),
          // Clause 9.7: withholding, suspension and repayment of funding.
          clause(
            'funding',
            '9.7',
            'Withholding, suspending and repayment of funding',
            {
              lines: [],
              showTotals: false,
              clawback: {
                grounds:
                  'if there is a change in central government policy, the Responsible Body/School provides materially misleading or inaccurate information, ceases to operate, or receives monies in error',
              },
            },
            {
              text: [
            ["9.7.1", "Without prejudice to the Council's other rights and remedies, the Authority may at its reasonable discretion withhold or suspend payment of all or part of the Funding and/or require repayment of all or part of the Funding which remains unspent by the Responsible Body/School if:"],
            ["9.7.3", "there is a change in central government policy such that the Authority can no longer devolve part or all of the Funding to the Responsible Body/School;"],
            ["9.7.4", "the Responsible Body/School provides the Authority with any materially misleading or inaccurate information;"],
            ["9.7.6", "the Responsible Body/School ceases to operate for any reason."],
            ['•', "If the Responsible Body/School:"],
            ["9.7.8", "receives monies in error from the Authority as a result of an administrative error or otherwise, then the Responsible Body/School agrees to repay such monies to the Authority upon demand. If the Responsible Body/School fails to repay such monies upon demand, the Authority reserves the right to withhold payments of the Funding to the value of the outstanding debt."],
              ]
                .map(([label, text]) => `${label} ${text}`)
                .join('\n\n'),
            },
          ),
          prose(
            '9.8',
            '',
            'Should the Responsible Body/School be subject to financial or other difficulties which are capable of having a material impact on its effective delivery of the Service or compliance with this agreement it will notify the Authority as soon as possible so that, if possible, and without creating any legal obligation, the Authority will have an opportunity to provide assistance in resolving the problem or to take action to protect the Council and the Funding monies.',
          ),
        ]),
        section('providers', '10', 'Arrangements with Alternative Providers', [
          prose(
            '',
            '',
            ["10.1", "Where a pupil is excluded or at risk of exclusion it shall be for the Responsible Body to determine how best to meet the pupil's continuing educational needs and to fund such provision from the Funding Allocation."],
            ["10.2", "For each pupil accessing alternative provision an individual Provision Map must be agreed by the Responsible Body and the provider. The aim is to provide a full time educational offer for all pupils. However, the first priority is to re-engage young people who are disengaged from education, recognising that for some, this may be a gradual process, leading to a full time package over a period of time."],
            ["10.3", "The selection of an alternative provider should take into account:"],
            ["10.3.1", "the needs of each learners' personal, behavioural and social needs;"],
            ["10.3.2", "opportunities for progression;"],
            ["10.3.3", "the quality of the provision;"],
            ["10.3.4", "value for money;"],
            ["10.3.5", "the accreditation it could offer;"],
            ["10.3.6", "the availability of provision in the area;"],
            ["10.3.7", "its location;"],
            ["10.3.8", "the cost;"],
            ["10.3.9", "each learners' interests."],
            ["10.3.10", "The views of the parent and learner"],
            ["10.4", "All pupils must remain on the roll of a school [or other DfE registered provision]. The Responsible Body may broker a move to another school or DfE registered roll to avoid permanent exclusion. In the event of a permanent exclusion, the Responsible Body will immediately inform the Local Authority of the permanent exclusion and provide detailed information in order to the authority to provide 6th day provision and arrange cost recovery."],
            ["10.5", "If a pupil has been transferred to the roll of an independent provider under clause 10.4, the Responsible Body retains responsibility for funding the initial placement. Future funding for independent and AP Free School placements will be taken from the same High Needs funding for Risk of exclusion pupils as outlined in clause 10.6"],
            ["10.6", "Schools and the Responsible Body will be accountable for commissioning places at Alternative Provision Free Schools to meet the needs of their pupils and to balance the costs to the overall funding from the High Needs Block for AP. Commissioned places at AP Free Schools draw funding directly from the same High Needs funding block and therefore will impact on availability of future funding for AP. To ensure fair funding, places commissioned at AP Free Schools will be attributed at individual school level and the Funding Allocation for the Responsible Body reduced accordingly each Academic year."],
            ["10.7", "It is the responsibility of the Responsible Body to monitor the quality of alternative provision as outlined in point 4.1.4."],
            ["10.8", "It is the responsibility of schools to ensure that all providers commissioned to provide education provision have acceptable policies and procedures with regard to health and safety, safeguarding and behaviour management."],
          ),
        ]),
        section('variation', '11', 'Variation', [
          // Clause 11.1: agreed in writing by both parties, proposed by notice.
          clause('variation', '11.1', '', { inWriting: true, signedByBothParties: false, proposedByNotice: true }),
        ]),
        section('monitoring', '12', 'Monitoring and Reporting Requirements', [
          prose(
            '',
            '',
            ["12.1", "The Responsible Body will provide progress reports as agreed with the Authority Lead Officer providing an overview of how funding has been used and the outcomes that have been achieved."],
            ["12.2", "The Responsible Body will make available all performance and quality data provided by alternative providers for each pupil accessing alternative provision. This will include data on educational progress, attendance, behaviour and profile data (e.g. age, gender, ethnicity etc.)."],
          ),
        ]),
        section('signatures', undefined, 'Signatures', [clause('signature-block', '', '', { signatories: SIGNATORIES })]),
        fundingSchedule(),
        costRecoverySchedule(),
      ],
    },
  }
}

const SIGNATORIES = [
  { id: 'responsible-body-signatory', partyId: 'responsible-body', role: 'Signed for Trinity Catholic School' },
  { id: 'authority-signatory', partyId: 'authority', role: 'Signed on behalf of Nottingham City Council' },
]

const RECITALS = [
  'Section 100 Education and Inspections Act 2006 requires schools to make provision for pupils excluded on a fixed term basis from day 6 onwards, and requires the Authority to provide full-time education for all permanently excluded pupils resident within Nottingham City;',
  'Section 19 Education Act 1996 requires local authorities to ensure suitable education is provided for children of compulsory school age who would not receive such an education without the intervention of the local authority where, amongst other circumstances, the child has been permanently excluded. The duty on the local authority is engaged from day 6 onwards of the permanent exclusion, and the Authority is statutorily responsible for ensuring that suitable full-time education is provided;',
  'The Authority and Responsible Body have agreed to work together within this legal framework with the Responsible Body securing alternative provision for all children for whom it is responsible who are subject to exclusion;',
  'To support the Responsible Body satisfy these responsibilities, the Authority has agreed to allocate a specified amount of funding (the ‘Funding Allocation’) to the Responsible Body to be used to prevent the need for permanent exclusions and/or to purchase provision for any permanently excluded pupil for which it is responsible;',
  'The Responsible Body has agreed to accept the Funding Allocation determined by the Authority, to take responsibility for its management and to use it for the purposes described in this Agreement;',
  'The Authority and the Responsible Body agree to work together in partnership in respect of the allocation of funding in order to secure the best possible outcomes for pupils who are normally resident within the Authority’s area and who have been excluded or are at risk of permanent exclusion;',
  'The Authority and the Responsible Body agree to work together for the purposes set out above on the terms and conditions as set out in this Agreement.',
  'Within the agreement the term ‘school/s’ will refer to mainstream schools, academies and free schools and ‘Headteacher’ will refer to Headteacher and principals of schools.',
  'Within the agreement the term \'City\' will refer to the Nottingham City Council area or those schools associated with the Authority.',
]

export const nottinghamDevolvedFunding: AgreementTemplate = {
  key: 'nottingham-devolved-funding',
  title: TITLE,
  description: 'Nottingham City Council and a school as Responsible Body: backdated start, two terms’ notice ending at the end of an academic year, three equal payments on 5 April, 5 September and 5 January, cost recovery at £15,000 a year.',
  authorityName: 'Nottingham City Council',
  build,
}
