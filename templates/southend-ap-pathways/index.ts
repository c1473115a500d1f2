// Southend Alternative Education Provision Pathways service specification, seed 001: Southend
// Borough Council and Parallel Learning Trust, 1 February 2017 to 31 March 2019 with an annual
// review; KPIs reported termly (3 a year); 75 places at £10,000 and a top-up of £8,000 paid at
// 85% monthly in arrears on the 20th. The seed has no clause 3.
import type { Party } from '#clauses/party'
import { clause, fixedTerm, pounds, prose, section, withPartyOptions } from '../builders'
import type { AgreementTemplate, TemplateBuildOptions } from '../template'

const TITLE = 'Alternative Education Provision Pathways Service Specification'

const PARTIES: Party[] = [
  { id: 'authority', role: 'authority', name: 'Southend Borough Council', definedAs: 'LA' },
  { id: 'provider', role: 'provider', name: 'Parallel Learning Trust', definedAs: 'PLT' },
]

function build(options: TemplateBuildOptions = {}) {
  const { dates: term, requiredFields } = fixedTerm(options, { commencesOn: '2017-02-01', endsOn: '2019-03-31' })
  return {
    title: TITLE,
    parties: withPartyOptions(PARTIES, options),
    content: {
      sections: [
        section('introduction', undefined, 'Service Specification', [
          clause('parties-and-signatories', '', '', {
            opening: 'This agreement is made',
            parties: [{ partyId: 'authority' }, { partyId: 'provider' }],
            signatories: SIGNATORIES,
          }, { text: 'This agreement is between {{party.authority.name}} ({{party.authority.definedAs}}) and {{party.provider.name}} ({{party.provider.definedAs}}).' }),
          // The opening restates the term of clause 10.
          clause('term', '', '', { ...term, restatesClause: '10' }, {
            requiredFields,
            text: 'The agreement will commence on {{commencesOn|ordinal}} and end on {{endsOn|ordinal}}.',
          }),
          clause('recitals', '', '', {
            introduction: 'This agreement relates to the commissioning of',
            numbering: 'numbers',
            recitals: [
              'The Local Authority\'s statutory duties to provide alternative education for Southend resident pupils of compulsory school age. This is defined as "education arranged by Local Authorities for pupils who, because of exclusion, illness or other reasons, would not otherwise receive suitable education: education arranged by schools for pupils on a fixed period exclusion; and pupils being directed by schools to off-site provision to improve their behaviour." The Local Authority normally discharges this duty through a Pupil Referral Unit, in this case, Parallel Learning Trust. This duty is set out in DfE Statutory Guidance, Alternative Provision January 2013',
              'The provision of full time education through a number of pathways for Southend resident pupils who have been permanently excluded or who are at the point of permanent exclusion or who have long term social, emotional and mental health needs. Full time education is defined as pupils receiving the same amount of education as they would receive in mainstream school as defined by the DfE. Full time can be made up of two or more part time provisions. For pupils who cannot access full time education due to health needs and this would not be in their best interests is set out in the DfE Guidance " Ensuring a good education for children who cannot attend school because of health needs " is subject to a different Service Level Agreement.',
              'The provision of short term preventative programmes for Southend resident pupils attending Southend schools, identified as at risk of exclusion that remain on the roll of their school and following a period of support and intervention return to their school with supported reintegration by PLT Victory Park Alternative Provision.',
            ],
          }),
        ]),
        section('objectives', '1', 'Objectives of the Service', [
          prose(
            '1',
            '',
            ['•', 'To contribute to raising standards and progress of children with Social Emotional and Mental Health Difficulties and to support their inclusion within mainstream schools'],
            ['•', 'To provide full time education for all Southend resident pupils of statutory school age who are permanently excluded or who are at the point of permanent exclusion. For permanently excluded pupils this provision must be made from Day 6 of the exclusion. These pupils go on roll at Victory Park Alternative Provision for intervention and assessment with the aim of being able to make a successful fresh start in another school.'],
            ['•', 'To provide a short (normally one term/12 week\'s dependent upon need) preventative programme for both Primary and Key stage 3 pupils. Pupils stay on the roll of their home school and return with supported reintegration. The aim is to improve behaviour through targeted intervention from a specialist service'],
            ['•', 'To provide education for new Year 11 pupils arriving in the borough post January for whom a mainstream secondary school is not appropriate. The aim is to prepare these pupils for post 16 education, employment or training and reduce the likelihood of becoming NEET'],
            ['•', 'To provide high quality provision for Key Stage 4 pupils with a range of qualifications through personalised learning programmes to secure good outcomes and transition to post 16 learning or training or employment.'],
            ['•', 'To develop effective partnership arrangements with schools, parents/carers and other relevant professionals such as the SEND teams, EWMHS, Admissions, Early Help & Family Support, Youth Offending Service, Essex Police, Educational Psychologists, school nurses and other health professionals to promote an integrated approach to the child\'s needs'],
            ['•', 'To facilitate reintegration to school through tailored reintegration plans and follow up monitoring to evaluate impact'],
          ),
        ]),
        section('delivery', '2', 'Key areas of service delivery', [
          prose(
            '2',
            '',
            'Parallel Learning Trust is expected to:',
            ['•', 'Ensure that there is effective administrative support in place to deliver the objectives of the service and to ensure records for admission, exclusion and reintegration are maintained and pupil progress is tracked and recorded with reports and monitoring data produced for the LA commissioners.'],
            ['•', 'Apply clear referral procedures and criteria consistently and fairly, and ensure that all schools, other professionals and parents/carers are aware.'],
            ['•', 'Produce an academy brochure and information leaflets for parents/carers and school staff, ensuring information held within the Schools Learning Network is up to date and accurate.'],
            ['•', 'Ensure that the academy\'s responsibilities under the Equality Act 2010 are fulfilled and all reasonable adjustments made to enable access to curriculum opportunities.'],
            ['•', 'Ensure the academy\'s responsibilities under current safeguarding legislation and child protection guidance for all children under their care are followed and fully adhered to.'],
          ),
        ]),
        section('referral', '4', 'Referral and admissions procedure', [
          prose(
            '4',
            '',
            'Admission to a full time pathway for primary, Key Stage 3 or 4 will be for pupils who have been permanently excluded or who are at the point of permanent exclusion and where a move to the Victory Park Alternative Provision roll is agreed by all concerned, including parents. Prior to this the expectation is that the headteacher of the excluding school will have discussed the potential exclusion with the Principal of Victory Park Alternative Provision and alternative strategies explored by all parties to try to avoid a permanent exclusion.',
            'Referrals to the Preventative Pathways for individual pupils of compulsory school age will come from the pupil\'s home school. The pupil remains on the roll of the home school. Pupils may be experiencing social, emotional or mental health difficulties, may be having fixed term exclusions or may be at risk of exclusion. The service will expect schools to complete referral documentation and provide detailed information about the pupil and the family prior to admission. There is an expectation that the school would have sought advice and support from Early Help Family Support prior to referral to Victory Park Alternative Provision. If there are child protection concerns then appropriate referrals should be made to social care.',
          ),
        ]),
        section('support', '5', 'Levels of Support', [
          prose(
            '5',
            '',
            'Victory Park Alternative Provision aims to support pupils with high quality full time education suitable to their needs and abilities either to help them sustain their mainstream place successfully or to reintegrate to school as quickly as possible. For pupils who are reintegrating to a school, whether their home school or to a fresh start placement, the tailored reintegration plan should set out the levels of support required between the service and the school. Monitoring and a period of effective support from Victory Park Outreach staff should take place following the pupil\'s return to school to ensure the pupil is settled and fully accessing the curriculum. An example monitoring period could be 6 to 12 weeks.',
            'The service should address the needs of individual pupils to ensure the right level of support and pupils should have a personalised Individual Support Plan that sets out ambitious outcomes and the re-integration support they need from education, health and care as appropriate.',
            'The service should offer specialist teaching and other support from staff with expertise in supporting children with Social, Emotional and Mental Health Difficulties. Flexibility should also enable the service to maximise resources as efficiently as possible.',
            'The number of pupils requiring the support of the service will vary from time to time. This agreement acknowledges the need for the service to be flexible in order to meet demands and therefore may need to go over or under the published PAN. Priorities may shift as a result of changing demands.',
          ),
        ]),
        section('partnership', '6', 'Partnership - working with school, parents/carers and other agencies', [
          prose(
            '6',
            '',
            'The Principal will provide a named single point of contact for requesting support from Victory Park Alternative Provision. Sharing of information will be necessary between colleagues from the Behaviour Education Support Team (BEST), schools, Health, Social Care and other professionals and parents /carers. Schools and settings should make available relevant information such as school records, assessments, attendance and exclusion records, provision maps, planning, ISPs, EHC Plans, reviews, relevant medical diagnosis, Educational Psychologists\' report, professionals\' reports and staff and / or child views etc. Where the child has an active Child in Need, Child Protection, Early Help Family Support plan or is Looked After relevant information must be shared. Confidentiality and data protection policy must be followed involving the sharing and use of such information.',
          ),
        ]),
        section('absence', '7', 'Absence', [
          prose(
            '7',
            '',
            'Victory Park Alternative Provision will set up a system so that schools and parents/carers are contacted as early as possible if a delay or cancellation of support or closure of the academy is unavoidable, especially if this is due to staff sickness on the day and replacement staff is not possible at short notice. The school will contact the service if a delay or cancellation of support is unavoidable, such as related to pupil absence and illness.',
            'Victory Park Alternative Provision will notify the LA of any long term absences that may have significant impact on the delivery of the service and a meeting will be arranged to explore alternative options.',
          ),
        ]),
        section('management', '8', 'Management and Evaluation', [
          // Clause 8: termly reports to the LA including expenditure, and a termly monitoring meeting.
          clause(
            'reporting',
            '8',
            '',
            {
              asTable: false,
              reports: [
                {
                  id: 'termly-performance-report',
                  name: 'termly report on the performance of the academy and pupil progress, including expenditure for alternative provision',
                  from: 'Parallel Learning Trust',
                  to: ['the LA', 'Schools Forum (Education Board)'],
                  frequency: 'termly',
                  timesPerYear: 3,
                  due: { kind: 'termly' },
                },
              ],
            },
            {
              text: [
                '• Victory Park Alternative Provision will monitor to ensure objectives are met and good levels of impact are evidenced.',
                '• Victory Park Alternative Provision is responsible for the day to day management and the delivery of the Pathways ensuring that available resources are deployed effectively with appropriate staffing ratios to ensure pupil and staff safety',
                '• Victory Park Alternative Provision will also ensure that there is a high level of staff expertise with an understanding of developmental progression in learning across the curriculum, teaching and assessment and behaviour management approaches, tailored according to needs so that children can make progress in learning and their social and emotional development.',
                '• Staff allocated to work in the Service will be employed by Parallel Learning Trust.',
                '• The Principal of Victory Park Alternative Provision is responsible for the performance management of staff in the service.',
                '• Parallel Learning Trust is expected to maintain a development plan with clear objectives and actions.',
                '• Parallel Learning Trust is expected to maintain appropriate insurances for the provision throughout the period of the agreement as set out in the terms and conditions.',
                '• The performance of the academy and pupil progress will be monitored by Victory Park Alternative Provision and Parallel Learning Trust with termly reports to the LA including expenditure for alternative provision for monitoring purposes. This information will be reported back to the LA and Schools Forum (Education Board).',
                '• It is expected that the academy will undertake regular evaluation, seeking feedback from schools, parents/carers and young people to inform service planning. Regular updates will also go to the Behaviour Steering Group of headteachers.',
                '• There will be a termly meeting between the Parallel Learning Trust, Principal and/or the Senior Leadership team of Victory Park Alternative Provision and a representative of the Local Authority to monitor progress. On an annual basis the Local Authority will discuss future place numbers, targets and funding arrangements with reports to the Schools Forum (Education Board) as necessary.',
              ].join('\n\n'),
            },
          ),
        ]),
        section('kpis', '9', 'Key Performance Indicators', [
          clause(
            'kpis',
            '9',
            '',
            {
              reporting: { due: { kind: 'termly' }, timesPerYear: 3, to: 'the LA' },
              indicators: SOUTHEND_KPIS,
            },
            {
              text: [
                'The key performance indicators and their measures are set out in the table below.',
                'KPI\'s to be monitored and reported to the LA on a termly basis (3 times a year).',
              ].join('\n\n'),
            },
          ),
          // The review of the KPIs in the agreement's first three months is a term this agreement
          // does not track: it stays free text beside the KPI clause.
          prose('9', '', 'All key performance indicators (KPI\'s) will be reviewed in the first three months of the agreement. Refer to B12 Performance Improvement Process for the full terms and conditions.'),
        ]),
        section('duration', '10', 'Duration of the agreement', [
          // Clause 10: runs until 31 March 2019 with an annual review; stays in effect without one.
          clause(
            'term',
            '10',
            '',
            { ...term, review: { frequency: 'annual', continuesWithoutReview: true } },
            {
              requiredFields,
              text: [
                'This agreement runs till {{endsOn}} in the first instance with an annual review. The budget for Alternative Provision is funded from the Local Authority\'s High Needs Block and is subject to annual approval by the Southend on Sea\'s Schools Forum (Education Board).',
                'The agreement should be reviewed a minimum of once per year, however in lieu of any review in any period, this agreement shall remain in effect.',
              ].join('\n\n'),
            },
          ),
        ]),
        section('concerns', '11', 'Any concerns', [
          prose(
            '11',
            '',
            'Headteachers, SENCOs and parents/carers are encouraged to discuss any difficulties with the Principal of Victory Park Alternative Provision. In case of a formal complaint written notification will be given following the academy\'s complaint procedure. A written record and action taken should be held by both the school and the service. The LA may be contacted to facilitate a resolution. If no improvement is seen following this period, financial penalties may be applied at the discretion of the LA in reasonable proportion to the extent of non-delivery of this agreement.',
          ),
        ]),
        section('funding', '12', 'Funding', [
          prose(
            '12',
            '',
            ['•', 'Victory Park Alternative Provision meets the day to day premises costs associated with the provision. Upkeep and maintenance of any furniture, equipment or resources is the responsibility of the academy.'],
            ['•', 'The costs of travel expenses for staff are included in the funding'],
            ['•', 'Victory Park Alternative Provision has responsibility for staff training and development.'],
            ['•', 'Where the LA has agreed a full time place on the roll of Victory Park Alternative Provision and the pupil meets the eligibility criteria for free home to school transport, the LA will be responsible for the provision of transport.'],
            ['•', 'Where a primary pupil is attending the preventative part time pathway and remains on the roll of the home school, the home school will be responsible for funding transport (either through an agreement with Victory Park, parent/carer or public transport).'],
          ),
          clause('table', '12', '', {
            introduction:
              'The number of places to be commissioned is as follows. This is a general guide and there is flexibility across the various pathways in terms of numbers of pupils but the overall funding for 2016/17 is the equivalent of 75 full time places',
            header: ['Pathway', 'Places'],
            rows: [
              ['Primary Preventative Programme places', '6'],
              ['Key Stage 3 preventative places', '18'],
              ['Key Stage 3 full time places for pupils permanently excluded or at the point of Permanent Exclusion', '6'],
              ['Key Stage 4 full time places', '45'],
            ],
            caption: '(The above is a guide and can be amended to meet demand)',
          }),
          // Clause 12: invoiced monthly, paid monthly in arrears on the 20th; the top-up paid at 85%.
          // The seed's table shows the single band at 85% as "346,8600", a typo for 346,800
          // (408,000 x 85%); its own total of 1,288,800 uses 346,800, as the computed table does.
          clause(
            'funding',
            '12',
            '',
            {
              lines: [
                { id: 'place-funding', description: 'Total places @£10K per place', places: 75, rate: pounds(10_000) },
                { id: 'single-band', description: 'Single band PRU places', places: 51, rate: pounds(8_000), paidPercentage: 85 },
                { id: 'primary-preventative', description: 'Commissioned Preventative Pathway Programmes: Primary', places: 6, rate: pounds(8_000) },
                { id: 'ks3-preventative', description: 'Commissioned Preventative Pathway Programmes: KS3', places: 18, rate: pounds(8_000) },
              ],
              tableCaption: 'PRU FUNDING ARRANGEMENTS',
              showTotals: true,
              paymentRule: { kind: 'monthly_in_arrears', dayOfMonth: 20 },
            },
            {
              text: [
                '• Victory Park Alternative Provision to invoice the Local Authority on a monthly basis who will pay the funds monthly in arrears on the {{paymentRule.dayOfMonth|ordinal}} of each month.',
                '• Top up is paid at {{lines.1.paidPercentage}} each month. Victory Park Alternative Provision to provide termly pupil data on actual whole time equivalent pupil numbers for any adjustments to be made regarding payments for either over or under payments.',
                '• If the alternative provision has to go over their PAN due to accommodating the 6th day provision, the local authority will forward the remaining AWPU for that child to Victory Park Alternative Provision. It is expected that pupil numbers would be maintained within PAN through effective \'revolving door\' practice and cases of pupils being admitted over number would be an exception and not general practice.',
                '• Southend Schools Forum (Education Board) agreed at its meeting in January 2015 that the place funding would be {{lines.0.rate}} per place and that there would be a single top up Band at £8000 based on actual pupil numbers. The arrangements for the transfer of funds are as agreed by the Schools Forum. The academy is expected to provide details of pupil numbers on the various pathways to the LA on a half termly basis (or as and when requested.)',
              ].join('\n\n'),
              corrections: [{ seed: '346,8600', corrected: '346,800' }],
            },
          ),
          // Clause 12: the balance of pupil funding is recouped from excluding schools.
          clause(
            'funding',
            '12',
            '',
            { lines: [], showTotals: false, clawback: { grounds: 'from excluding schools for Southend resident pupils who have been permanently excluded, from the effective date of the permanent exclusion' } },
            {
              text: 'The preventative programme is to be offered free to mainstream schools. The Local Authority will make the charge to schools to recoup the balance of pupil funding for Southend resident pupils who have been permanently excluded from schools in Southend or elsewhere. This is set out in the DfE\'s guidance on exclusions and the financial regulations. The LA will also recoup the pupil funding from schools where it is agreed they should be admitted to Victory Park Alternative Provision because, without this preventative measure, they would have been permanently excluded. This is a local agreement applying only to Southend schools. Parallel Learning Trust is expected to track these pupils and inform the Local Authority\'s finance team on a termly basis of the pupils and the dates for these charges to be made to excluding schools. The balance of funding will be calculated from the effective date of the permanent exclusion or in the case of a pupil at the point of permanent exclusions, the date the pupil goes on roll at Victory Park Alternative Provision.',
            },
          ),
        ]),
        section('endorsement', undefined, 'Endorsement of this document', [clause('signature-block', '', '', { signatories: SIGNATORIES })]),
      ],
    },
  }
}

const SIGNATORIES = [
  { id: 'plt-signatory', partyId: 'provider', role: 'On behalf of Parallel Learning Trust' },
  { id: 'sbc-signatory', partyId: 'authority', role: 'On behalf of Southend Borough Council' },
]

/** Clause 9: each indicator with its measure; percentage targets where the measure gives one. */
const SOUTHEND_KPIS = [
  {
    id: 'kpi-1',
    indicator: 'Improvement in pupils\' behaviour and social emotional and mental health (SEMH) evidenced through baseline assessments completed by the service at the start and finish of interventions.',
    measure: 'Baseline assessments evidence improvement in pupil behaviour and SEMH at completion of service intervention',
    targets: [],
    ragRated: false,
  },
  {
    id: 'kpi-2',
    indicator: 'Improvement in children\'s ability to access the curriculum, evidenced through baseline assessments completed by the service at the start and finish of interventions.',
    measure: 'Baseline assessments evidence improvement in pupils access of the curriculum at completion of service intervention',
    targets: [],
    ragRated: false,
  },
  {
    id: 'kpi-3',
    indicator: 'Reduction in fixed term exclusions of pupils on roll at the Victory Park Alternative Provision to bring in line with or better than national average for PRU\'s/alternative provision.',
    measure: 'Victory Park Alternative Provision in line with or better than national average for PRU\'s/alternative provision for both fixed term and permanent exclusions',
    targets: [],
    ragRated: false,
    // Clause 9: met when the provision is "in line with or better than national average", a yes or no.
    measuredAs: 'yes_no' as const,
    expectedAnswer: 'yes' as const,
  },
  {
    id: 'kpi-4',
    indicator: 'Attendance and persistent absence of pupils to be in line with or better than national averages for PRU\'s/alternative provision.',
    measure: 'Victory Park Alternative Provision in line with or better than national average for PRU/alternative provision for both attendance and persistent absence.',
    targets: [],
    ragRated: false,
    // Clause 9: met when the provision is "in line with or better than national average", a yes or no.
    measuredAs: 'yes_no' as const,
    expectedAnswer: 'yes' as const,
  },
  {
    id: 'kpi-5',
    indicator: 'Pupils on the roll of Victory Park Alternative Provision receive full time education suitable to his/her age, ability and aptitude (as defined by the DfE).',
    measure: 'pupils receive 25 hours education per week (pro rata according to key stage)',
    targets: [],
    ragRated: false,
  },
  {
    id: 'kpi-6',
    indicator: '70% of feedback from parents and children and staff in schools is good or better.',
    measure: '70% feedback is good or better.',
    targets: [{ percentage: 70, comparison: 'at_least' as const, of: 'feedback good or better' }],
    ragRated: false,
  },
  {
    id: 'kpi-7',
    indicator: 'Schools are provided with educational and behavioural progress measures for pupils reintegrating back into mainstream and supported for a limited time during transition, significantly reducing risks of further exclusion and sustaining mainstream placements.',
    measure: '85% of pupils receive zero fixed term exclusions and 95% of pupils receive zero permanent exclusion in the subsequent twelve months post interventions.',
    targets: [
      { percentage: 85, comparison: 'at_least' as const, of: 'of pupils receive zero fixed term exclusions' },
      { percentage: 95, comparison: 'at_least' as const, of: 'of pupils receive zero permanent exclusion' },
    ],
    ragRated: false,
  },
  {
    id: 'kpi-8',
    indicator: 'Effective pupil tracking evidences expected progress for all pupils for example through Individual Support Plans or the Annual Review of Statements of SEN/Education, Health and Care Plans.',
    measure: 'all 90% of pupils make expected progress working at aggregated expectations at all key stages from baseline assessments taken at admission to the Victory Park Alternative Provision',
    targets: [{ percentage: 90, comparison: 'at_least' as const, of: 'of pupils make expected progress' }],
    ragRated: false,
  },
  {
    id: 'kpi-9',
    indicator: 'At Key Stage 4 pupils achieve a range of relevant qualifications and progress into post 16 education, employment or training, reducing the number of pupils leaving as NEET.',
    measure: 'Below 7% of pupils remain NEET and under 10% are unknown. NEET Baseline 2014/15: 7 were NEET = 17%; 3 were Unknown = 7.3%; 10 were NEET Unknown = 24.4%',
    targets: [
      { percentage: 7, comparison: 'below' as const, of: 'of pupils remain NEET' },
      { percentage: 10, comparison: 'below' as const, of: 'are unknown' },
    ],
    ragRated: false,
  },
  {
    id: 'kpi-10',
    indicator: 'All year 11 pupils have a \'September guarantee\' for post 16 education, employment or training, prior to leaving year 11.',
    measure: '100% pupils have a September guarantee',
    targets: [{ percentage: 100, comparison: 'at_least' as const, of: 'pupils have a September guarantee' }],
    ragRated: false,
  },
  {
    id: 'kpi-11',
    indicator: 'Providing information is provided in a timely manner (day 1-3), all permanently excluded Southend pupils are provided with full time education on and beyond the 6th day of exclusion until successfully reintegrated back into mainstream.',
    measure: '100% pupils receive full time education on the 6th day of permanent exclusion.',
    targets: [{ percentage: 100, comparison: 'at_least' as const, of: 'pupils receive full time education on the 6th day' }],
    ragRated: false,
  },
]

export const southendApPathways: AgreementTemplate = {
  key: 'southend-ap-pathways',
  title: TITLE,
  description: 'Southend Borough Council and Parallel Learning Trust: 1 February 2017 to 31 March 2019, termly KPIs, 75 places at £10,000 and an £8,000 top-up paid at 85% monthly in arrears.',
  authorityName: 'Southend Borough Council',
  authorityAliases: ['Southend-on-Sea City Council', 'Southend-on-Sea Borough Council'],
  build,
}
