// Kent Specialist Teaching and Learning Service (STLS) SLA with the governing body of a host
// special school, and Appendix 1 (KPIs 2021 - 2022), seed 003. Blanks in the seed ("xxx") stay
// blank for the drafter as slots: the school, the District, the period and the annual funding.
import type { Party } from '#clauses/party'
import { clause, prose, section, withPartyOptions } from '../builders'
import type { AgreementTemplate, TemplateBuildOptions } from '../template'
import { KPI_THEMES, kpiAppendix } from './appendix-1'
import { serviceSections } from './service'

const TITLE = 'Kent County Council Service Level Agreement (SLA) to deliver The Specialist Teaching and Learning Service'

const PARTIES: Party[] = [
  {
    id: 'authority',
    role: 'authority',
    name: 'The Kent County Council',
    definedAs: 'KCC',
    noticeAddress: 'County Hall, Maidstone, Kent ME14 1XQ',
  },
  { id: 'school', role: 'governing_body', name: '', definedAs: 'School' },
]

const SIGNATORIES = [
  { id: 'kcc-signatory', partyId: 'authority', role: 'Authorised signatory for The Kent County Council' },
  { id: 'school-signatory', partyId: 'school', role: 'Authorised signatory for the Governing Body' },
]

function build(options: TemplateBuildOptions = {}) {
  return {
    title: TITLE,
    parties: withPartyOptions(PARTIES, options),
    content: {
      // "in the District of xxx": one District, written wherever the seed names it.
      details: [{ key: 'district', label: 'District', value: '' }],
      sections: [
        section('parties', undefined, 'Agreement', [
          clause('parties-and-signatories', '', '', {
            // The seed's "made on the xxx" is the date of signing, recorded when the parties sign.
            opening: 'THIS AGREEMENT is made',
            parties: [{ partyId: 'authority' }, { partyId: 'school' }],
            signatories: SIGNATORIES,
          }),
          prose('', '', 'IT IS HEREBY AGREED as follows:'),
        ]),
        section('agreement', '1', 'The Agreement', [
          // Clause 1.1: the period of the agreement, left blank in the seed.
          clause(
            'term',
            '1.1',
            '',
            { commencesOn: options.commencesOn, endsOn: options.endsOn },
            {
              requiredFields: ['commencesOn', 'endsOn'],
              text: 'The {{party.school.name}} is commissioned to provide the management and delivery of The Specialist Teaching and Learning Service within the Kent Local Authority {{detail.district}} District for the period {{commencesOn}} – {{endsOn}}. The {{detail.district}} Local Inclusion Forum Team (LIFT) Executive will provide strategic oversight of this service and drive local inclusion responses based on local need.',
            },
          ),
          // Clause 1.2: the total annual funding, "£xxx" in the seed.
          clause('funding', '1.2', '', { lines: [], showTotals: false }, { requiredFields: ['totalAmount'], text: 'The total annual funding of this service in the {{detail.district}} District is {{totalAmount}}' }),
          prose(
            '1.3',
            '',
            'The purpose of the SLA is to formalise the arrangements for host special schools to provide timely advice and support to Kent’s mainstream schools and early years settings as part of Kent County Council’s co-ordinated strategy for SEN support. The future delivery of the service will be inline with the Kent Special Additional Needs and Disabilities (SEND) Strategy and the Countywide Approach to Inclusive Education (CATIE).',
          ),
        ]),
        ...serviceSections(),
        section('schools', '6', 'SLA holding Special Schools', [
          prose('6.1', '', 'Low incidence SEND needs (e.g. hearing, visual and physical impairments) will be co-ordinated and managed centrally through the specialist STLS Services.'),
          clause('table', '6.2', '', {
            introduction: 'The table below outlines the lead special schools within each District across Kent.',
            header: ['Area', 'District', 'School'],
            rows: [
              ['East', 'Canterbury', ''],
              ['East', 'Swale', ''],
              ['East', 'Thanet', ''],
              ['West', 'Maidstone', ''],
              ['West', 'Tonbridge and Malling', ''],
              ['West', 'Tunbridge Wells', ''],
              ['North', 'Dartford', ''],
              ['North', 'Gravesham', ''],
              ['North', 'Sevenoaks', ''],
              ['South', 'Ashford', ''],
              ['South', 'Dover', ''],
              ['South', 'Folkestone and Hythe', ''],
            ],
          }, { corrections: [{ seed: 'North | Gravesend', corrected: 'North | Gravesham (the District; Gravesend is its town)' }] }),
        ]),
        section('staffing', '7', 'Staffing', [
          prose(
            '',
            '',
            ["7.1", "The delivery of the service in the Districts will be the responsibility of the SLA Holding Special School, with access to additional capacity and expertise of other Special School(s) within the District. Expectation that this is transparent and staffing costs and ratios shared with the LA to reflect investment and outcomes achieved."],
            ["7.2", "All staff within the service will have access to robust performance management, Continuous Professional Development (CPD) and professional support in line with the employing school policy and practice. CPD and Specialist affiliation to be agreed at dimension steering groups and captured in specialist teacher specification."],
            ["7.3", "The Headteacher will be responsible for ensuring the service is adequately resourced with enough appropriately qualified and experienced staff to deliver a quality and efficient service."],
            ["7.4", "The Headteacher will be responsible for ensuring relevant, appropriate and continuing CPD for the staff engaged in delivering the service. As highlighted in the CPD and affiliation specification."],
          ),
        ]),
        section('outcomes', '8', 'Measurable Outcomes', [
          prose(
            '',
            '',
            ["8.1", "The impact of the service will be measured against the Children and Young People's Outcomes Framework (shown below), using both qualitative and quantitative data."],
            ["8.2", "Service overarching targets as part of a Countywide Approach to Inclusive Education:"],
            ['•', "deliver an effective Service ensuring that the needs of children and young people are met"],
            ['•', "respond to referrals within an efficient time scale (to be agreed)"],
            ['•', "effectively implement the LIFT process"],
            ['•', "maintain current best practice in working in partnership with internal and external services, health services, charities, independent and voluntary organisations and any other appropriately identified support services"],
            ["8.3", "County indicators contributed to by the STLS"],
            ['•', "improvement in attainment and progress of children and young people with SEND"],
            ['•', "increasing the % Kent's children accessing a local mainstream school"],
            ['•', "reduced number of children and young people with EHC plans"],
            ['•', "reduced number of children and young people with SEND receiving permanent exclusions"],
            ['•', "improved attendance of children and young people with SEND"],
            ['•', "reducing the number of young people 16-25 subject to EHC plans becoming NEET or whose destinations after school are unknown"],
            ['•', "Number of SEND outcomes met as set by specialist teacher"],
            ['•', "Increased confidence child/parent/school"],
            ['8.4', 'Performance management of this Agreement will be led by Strategic Commissioning in partnership with Children, Young People and Education who have direction over KCC\'s SEND Strategy and inclusion workstreams. Wider representatives from within KCC may be asked to attend as required to ensure links with related areas of work.'],
          ),
          clause('table', '8.5', '', {
            introduction:
              'The themes for the Key Performance Indicators and the expected impact against which the Service will be monitored are set out in the table below. These KPIs will be supported by a rich set of data captured on a Local Activity Report and relevant feedback questionnaires.',
            header: ['KPI Themes', 'Impact'],
            rows: KPI_THEMES.map(([theme, impact], index) => [`${index + 1}. ${theme}`, impact]),
          }),
          prose('8.6', '', 'Key Performance Indicators will be reported termly, using the template in Appendix 1'),
        ]),
        section('systems', '9', 'CYP Systems and File Management', [
          clause(
            'data-protection',
            '9',
            '',
            { dataProtectionLaw: 'General Data Protection Regulations 2018', freedomOfInformation: 'none' },
            {
              text: [
            ["9.1", "All involvement and support provided by the Service in relation to children and young people with SEND must be recorded in accordance with KCC Policy and General Data Protection Regulations 2018. Information regarding individual interventions must be recorded on the Synergy system."],
            ["9.2", "Data input completed by Services and relevant administrative staff will be in accordance with KCC guidance and in line with the General Data Protection Regulations 2018, to ensure quality and consistency"],
            ["9.3", "Responsibility of ensuring appropriate levels of quality and consistency of information contained within electronic and manual systems will be that of each of the individual 12 relevant SLA holding special schools for their relevant District."],
            ["9.4", "Management and maintenance of all electronic and manual information will be in accordance with the General Data Protection Regulations 2018."],
              ]
                .map(([label, text]) => `${label} ${text}`)
                .join('\n\n'),
            },
          ),
        ]),
        section('subject-access', '10', 'Subject Access Requests', [
          prose(
            '',
            '',
            ["10.1", "All Subject Access Requests will be received and coordinated by the relevant SLA-Holding special school within the District for which the subject of the request receives support. The responsibility for ensuring appropriate responses are made is that of the relevant SLA holding special school."],
          ),
        ]),
        section('complaints', '11', 'Complaints', [
          prose(
            '',
            '',
            ["11.1", "All complaints must be dealt with according to KCC Policy and should, in the first instance, be addressed to the Headteacher of the SLA holding special school within the district to which the complaint relates."],
            ["11.2", "If the complaint remains unresolved within a reasonable period of time, the matter can be escalated to the relevant Kent Area Inclusion Officer. (tbc)"],
            ["11.3", "In the event of a complaint regarding the collaborative work between the special schools the KSENT Executive will act on behalf of KCC and mediate in the first instance. If the matter is not resolved within a reasonable period of time, the complaint must be escalated to the Head of SEND Education and Young People's Service. (tbc)"],
          ),
        ]),
        section('budget', '12', 'Budget', [
          // Clause 12.1: the budget period, "xxx" in the seed.
          clause('funding', '12.1', '', { lines: [], showTotals: false }, { requiredFields: ['fundingPeriod'], text: 'The SLA holding school will receive a budget for period {{fundingPeriod}}.' }),
          prose(
            '12.2',
            '',
            'This will be a devolved budget and as such remains part of the overall Children, Young People and Education Directorate budget, not the SLA holding special schools\' budget.',
          ),
          prose('12.3', '', 'KCC Finance will provide the SLA holding special school with yearly financial advances.'),
          prose(
            '12.4',
            '',
            'The SLA holding special school will be required to report on their annual funding forecast and actual expenditure, with a clear split between core and outreach expenditure.',
          ),
        ]),
        section('monitoring', '13', 'Monitoring and Reporting Roles and Responsibilities', [
          prose(
            '13.1',
            '',
            "The SLA holding Headteacher will:",
            ['•', "make available an annual strategic plan related to the delivery and enhancement of outreach provision and effective use of resources to achieve this"],
            ['•', "Ensure access to support is transparent, equitable and accessible for mainstream schools and settings"],
            ['•', "Publicise, and keep regularly updated, what is on offer, making it clear who does what and how support can be accessed"],
            ['•', "Ensure staff engaged in the delivery of support are able to model effective teaching (including Teaching Assistants and Higher-Level Teaching Assistants), participate in observations and take part in moderation in line with the school's procedures"],
            ['•', "Ensure their staff are aware of their professional duty of care for the welfare and safety of children with whom they work and know how to respond in line with the procedures of the Kent Safeguarding Children Board. Be familiar with the KCC guidance Keeping Children Safe in Education 2016"],
            ['•', "Evaluate the impact of their work through reporting to the LA on an annual basis in respect of the areas outlined within this SLA"],
            ['•', "All reviews will seek the views of children young people and their families"],
          ),
          prose(
            '13.2',
            '',
            'KCC Management Information Data',
            ['•', 'KCC Management Information Unit are responsible for providing annual reports relating to the attainment and performance of children and young people with SEND sourced using the Synergy Database and School Census information. All information will be able to be filtered by district and reports will be submitted to the KCC Monitoring and Quality Assurance Manager to share with each SLA holding special school and any other service deemed appropriate to receive the information.'],
          ),
          // Clause 13.3: 6 termly Local Activity Reports in an academic year (Kent's six-term year);
          // the 13.5 timetable's "Local Activity Report & KPI Report" row is the same report.
          clause(
            'reporting',
            '13.3',
            'Local and County Impact Measuring Data',
            {
              asTable: false,
              reports: [
                {
                  id: 'local-activity-report',
                  name: 'Local Activity Report',
                  from: 'Headteachers of SLA holding special schools',
                  to: LOCAL_ACTIVITY_REPORT_RECIPIENTS,
                  frequency: 'termly',
                  timesPerYear: 6,
                  terms: [1, 2, 3, 4, 5, 6],
                  due: { kind: 'termly' },
                },
              ],
            },
            {
              text: 'Headteachers of SLA holding special schools are responsible for ensuring {{reports.0.timesPerYear}} termly Local Activity Reports are submitted during an academic year. The Local Activity Report will be submitted to the LIFT Executive Group, the nominated Commissioning Lead (Contract Manager) and KCC Monitoring and Inclusion Manager. KCC will collate all information from Local Activity Reports for the purpose of monitoring and quality assurance of the Service.',
            },
          ),
          prose(
            '13.4',
            'Measuring Service Impact',
            'On a yearly basis SLA holding special school is responsible for co-ordinating the completion of confidential feedback and satisfaction surveys (10% sample of case lists for parent/carer questionnaire). Results of the surveys will be submitted on a district basis to the LIFT Executive Group, the LIFT County Strategic Group and KCC Monitoring and Inclusion Manager once per academic year.',
          ),
          // Clause 13.5: the reporting timetable, by term of Kent's six-term year.
          clause('reporting', '13.5', 'Reporting Timetable', {
            asTable: true,
            reports: [
              { id: 'attainment-and-performance', name: 'Attainment and Performance Report', from: 'MIU', to: ['N/A'], frequency: 'annual', terms: [1], termsNote: '(for previous year)', due: { kind: 'termly' } },
              { id: 'attendance-and-exclusion', name: 'Attendance and Exclusion Report', from: 'MIU via ISG', to: ['N/A'], frequency: 'termly', timesPerYear: 6, terms: [1, 2, 3, 4, 5, 6], due: { kind: 'termly' } },
              {
                id: 'local-activity-and-kpi',
                name: 'Local Activity Report & KPI Report',
                from: 'SLA holding school Headteacher',
                to: ['LIFT Executive Group', 'Contract Manager', 'KCC Monitoring and Inclusion Manager'],
                frequency: 'termly',
                timesPerYear: 6,
                terms: [1, 2, 3, 4, 5, 6],
                due: { kind: 'termly' },
                restates: '13.3',
              },
              { id: 'budget-reporting', name: 'Budget Reporting', from: 'Headteacher', to: ['Contract Manager', 'SEN Finance'], frequency: 'annual', terms: [1], due: { kind: 'termly' } },
            ],
          }),
        ]),
        section('termination', '14', 'Termination', [
          // Clause 14: 6 months' written notice by either party; immediate termination for a
          // serious persistent breach of conditions.
          clause(
            'termination',
            '14',
            '',
            {
              noticeBy: 'either',
              noticePeriod: { amount: 6, unit: 'months' },
              alignment: { kind: 'none' },
              effect: 'terminates_agreement',
              inWriting: true,
              immediateTermination: { by: 'either', grounds: 'if there is a serious persistent breach of conditions which cannot be resolved by both parties' },
              byMutualAgreement: false,
            },
            {
              text: [
                'This Agreement may be terminated by {{noticeBy}}, before the period end date, by providing {{noticePeriod}} notification in writing.',
                'Failure by the School to consistently abide by and adhere to the principles, terms and procedures outlined within this SLA can result in the reallocation of funding at the discretion of the KCC CYPE Corporate Director.',
                'Failure by the School to consistently deliver an effective level of service can result in the reallocation of funding at the discretion of the KCC CYPE Corporate Director.',
                'This Agreement may be terminated immediately {{immediateTermination.grounds}}.',
              ].join('\n\n'),
            },
          ),
        ]),
        section('costs', '15', 'Costs', [
          prose('15', '', 'Each party to this Agreement will bear its own costs and expenses relating to this Agreement except where otherwise expressly stated.'),
        ]),
        section('notices', '16', 'Notices', [
          // Clause 16.1: post deemed served on the second business day after posting; hand or fax
          // on a non-business day or after 4.00 pm deemed served on the next business day.
          clause(
            'notices',
            '16.1',
            '',
            {
              inWriting: true,
              methods: ['post', 'hand', 'fax'],
              deemedService: [
                { method: 'post', businessDaysAfter: 2 },
                { method: 'hand', businessDaysAfter: 0, cutOffTime: '16:00' },
                { method: 'fax', businessDaysAfter: 0, cutOffTime: '16:00' },
              ],
              faxNeedsPostedConfirmation: true,
              addressForService: 'stated_in_agreement',
            },
            {
              text: [
                'Any demand, notice or other communication in connection with this Agreement will be in writing and will, if otherwise given or made in accordance with this Clause 16, be deemed to have been duly given or made as follows;',
                '16.1.1 if sent by pre-paid first class post, on the second business day after the date of posting;',
                '16.1.2 if delivered by hand, upon delivery at the address provided for in this Agreement; or',
                '16.1.3 if sent by facsimile, on the day of transmission provided that a confirmatory copy is, on the same business day that the facsimile is transmitted, sent by pre-paid first class post in the manner provided in this Clause 16, provided that if it is delivered by hand or sent by facsimile on a day which is not a business day or after {{deemedService.1.cutOffTime}} on a business day, it will instead be deemed given or made on the next business day.',
              ].join('\n\n'),
            },
          ),
          prose(
            '16.2',
            '',
            'Any such demand, notice or other communication will, in the case of service by post or delivery by hand, be addressed to the recipient at the recipient\'s address stated in this Agreement or such other address as may from time to time be notified in writing by the recipient to the sender as being the recipient\'s address for service and will, in the case of service by facsimile, be sent to the recipient using a facsimile number then used by the recipient.',
          ),
        ]),
        section('severance', '17', 'Severance', [
          prose(
            '',
            '',
            ["17.1", "If any provision of this Agreement shall be found by any court or body or authority of competent jurisdiction to be invalid or unenforceable, such provision shall be severed from the remainder of this Agreement which shall remain in full force and effect to the extent permitted by law."],
            ["17.2", "If any provision of this Agreement is so found to be invalid or unenforceable but would be valid or enforceable if some part of the provision were deleted or modified, the provision in question shall apply with such modification as may be necessary to make it valid."],
          ),
        ]),
        section('validity', '18', 'Validity of the Agreement', [
          prose(
            '',
            '',
            ["18.1", "KCC has full power to enter into and perform this Agreement with the School"],
            ["18.2", "The signature, execution and performance of this Agreement and all documents ancillary to it have been duly authorised by all necessary acts of KCC"],
          ),
        ]),
        section('general', '19', 'General', [
          prose(
            '',
            '',
            ["19.1", "This Agreement will be binding on and ensure for the benefit of each party's successors and assigns."],
            ["19.2", "Failure or delay by any party in exercising any right or remedy under this Agreement will not operate as a waiver of it."],
            ["19.3", "Any waiver of any breach of this Agreement will not be deemed a waiver of any subsequent breach and will in no way affect the other terms of this Agreement."],
            ["19.4", "The rights and remedies expressly provided for by this Agreement will not exclude any rights or remedies provided by law."],
            ["19.5", "Nothing in this Agreement shall create or be deemed to create a legal partnership or the relationship of employer and employee or agent and principal between the parties hereto."],
            ["19.6", "The parties to this Agreement do not intend that any of its terms will by virtue of the Contracts (Rights of Third Parties) Act 1999 be enforceable by any person not a party to it."],
            ["19.7", "This Agreement and the documents referred to in it constitute the entire agreement between the parties and supersedes any previous agreement, understanding, undertaking or arrangement of any nature whatsoever between the parties relating to the subject matter of this Agreement. The School has not relied on any representation or warranty in entering into this Agreement, not expressly set out in this Agreement."],
          ),
          // Clause 19.8: English law and the English courts.
          clause(
            'governing-law',
            '19.8',
            '',
            { law: 'English', courts: 'unspecified', irrevocable: false },
            {
              text: 'The formation, existence, construction, performance, validity and all aspects whatsoever of this Agreement or any terms of this Agreement will be governed by English law. The English courts will have jurisdiction to settle any disputes which may arise out of or in connection with this Agreement. The parties agree to submit to the said jurisdiction.',
            },
          ),
        ]),
        section('signatures', undefined, 'Signatures', [
          clause('signature-block', '', '', {
            attestation: 'IN WITNESS whereof the parties hereto have signed this Agreement on the date and year first before written.',
            signatories: SIGNATORIES,
          }),
        ]),
        kpiAppendix(),
      ],
    },
  }
}

const LOCAL_ACTIVITY_REPORT_RECIPIENTS = [
  'the LIFT Executive Group',
  'the nominated Commissioning Lead (Contract Manager)',
  'KCC Monitoring and Inclusion Manager',
]

export const kentStls: AgreementTemplate = {
  key: 'kent-stls',
  title: TITLE,
  description: 'Kent County Council and the governing body of a host special school: six months’ notice, deemed service of notices, six termly Local Activity Reports, KPIs rated green 75% +, amber 70-74%, red below 70%.',
  authorityName: 'Kent County Council',
  build,
}
