// Kent PRU SLA Schedule 1 - Specification (seed 000). The seed numbers its clauses 1 to 11 with
// no clause 8; clause 9 (Performance Monitoring) holds the termly KPI table. Items of clauses 7 and
// 9 that carry a deadline are typed apart under the seed's own number and item label ("7", "V"),
// so the document prints them as the seed does and the timeline cites "paragraph 7(V)".
import { clause, prose, schedule } from '../builders'
import type { TemplateBuildOptions } from '../template'

/** Schedule 1 clause 2 restates the main body's three years; with the drafter's own end date it
 * states their dates instead of a duration they did not choose. */
function timescale(options: TemplateBuildOptions) {
  if (options.endsOn) {
    return clause('term', '2', 'Timescale', { commencesOn: options.commencesOn, endsOn: options.endsOn, restatesClause: 'Term of Agreement' }, { text: 'The contract runs from {{commencesOn}} to {{endsOn}}.' })
  }
  return clause('term', '2', 'Timescale', { duration: { amount: 3, unit: 'years' }, restatesClause: 'Term of Agreement' }, { text: 'The duration of the contract is {{duration|words}}.' })
}

export function specification(options: TemplateBuildOptions) {
  return schedule('schedule-1', '1', 'Specification', [
    prose(
      '1',
      'Introduction',
      'The Council wishes to meet its statutory obligations to provide education for pupils who are unable to access or who are at risk of losing a school place as a result of exclusion, behavioural issues or who are hard to place.',
      'Most of these young people have complex needs that require Educational Providers to work in cooperation with other agencies as well as parents/carers and the young people themselves.',
      'The aims of the provision will be to:',
      ['I.', 'provide appropriate educational arrangements and a full curriculum offer that meet pupils’ educational needs, and their personal and social development needs, as well as support their successful transition into mainstream school, adult life and, in particular, the take up of further education, training or employment on leaving full time education'],
      ['II.', 'provide appropriate individualised programmes to meet learners’ special educational needs'],
      ['III.', 'ensure all young people who need multi-agency support have the protection of a plan delivered and monitored through the CAF process'],
      ['IV.', 'provide a range of learning opportunities in different environments through different pathways appropriately accredited, with learner support within a structured programme of learning'],
      ['V.', 'engage the learners in learning, encourage and make available access to a continuation of education and training to age 18 and pathways that lead to employment'],
      ['VI.', 'increase motivation, self esteem, improved basic and employability skills and life and social skills as a result of the provision'],
      ['VII.', 'ensure learners achieve GCSE and other vocational qualifications, especially in English and mathematics, that enable them to progress to post 16 learning and training and the opportunity to improve their level of qualifications'],
      ['VIII.', 'ensure no young person becomes NEET'],
      ['IX.', 'ensure all young people can access 25 hours curriculum time each week'],
    ),
    timescale(options),
    prose(
      '3(a)',
      'Service Users',
      'All young people will be of statutory school age, the students will be permanently excluded, be at risk of exclusion or be ‘hard to place”. Pupils who have been permanently excluded must take priority over all other groups.',
    ),
    prose(
      '3(b)',
      '',
      'Referrals will be made using an agreed referral form in advance of any admission; this will usually be a Common Assessment Framework (CAF). It is anticipated that it would be very unusual for the Provider not to admit a referred young person and that this would only happen where the Provider could demonstrate exceptional circumstances arising from the young person’s needs. This arrangement will also apply in circumstances where the Provider considers it inappropriate to continue to make provision for an enrolled individual. The Provider will take every possible action to avoid exclusions, however, their policy and procedures for a fixed period and permanent exclusions will be described in the Providers documentation submitted to KCC',
    ),
    // Schedule 1 clause 3(c): provision within five working days of referral.
    clause(
      'obligations',
      '3(c)',
      '',
      {
        obligations: [
          {
            id: 'provision-after-referral',
            duty: 'make suitable provision for an agreed new referral',
            owedBy: 'The Provider',
            due: { kind: 'after_event', within: { amount: 5, unit: 'business_days' }, event: 'referral' },
          },
        ],
      },
      {
        text: 'Referrals can be made at any time and the service Provider will be expected to make suitable provision for an agreed new referral in keeping with agreed protocols and within {{obligations.0.due.within|words}} of {{obligations.0.due.event}}.',
      },
    ),
    // The seed's footnote 1 to clause 3(c): the schools' own duty, not the Provider's deadline.
    prose('3(c)', '', '(NB Schools are responsible for making 6 day provision for pupils excluded for fixed periods.)'),
    prose(
      '4',
      'Key Requirements of Service Provision',
      'The Provider shall be required to:',
      ['I.', 'Offer a full time provision (25 hours) and ensure details are available to KCC, schools, parents and Ofsted. Students’ ability to access this provision will be carefully planned in accordance with the assessment of individual students and current educational guidance and good practice.'],
      ['II.', 'Ensure that where students are unable to access full time provision this will be discussed with KCC and where this cannot be resolved individual provision will be reviewed.'],
      ['III.', 'ensure programmes are educational and focused on achieving good outcomes in recognised qualifications, supporting the learning of new and relevant skills and acknowledged accreditation (usually at GCSE level), and helping the young person to overcome impediments to successful learning and achievement.'],
      ['IV.', 'ensure the educational programme shall include opportunities for vocational learning that may be provided either on site or through other Providers or employers under appropriate safeguards. The Service Provider will be able to make details available to KCC, schools, parents and Ofsted.'],
      ['V.', 'maintain individual education and care plans that draw together educational objectives in consultation with the young person, their family or carer and relevant agencies. This should include the gathering of baseline data in order that progress of the pupil on the programme is evaluated, measured and reported. The Service Provider shall ensure that the KCC and schools have copies of every individual plan including any amendments that may be made.'],
      ['VI.', 'provide evidence of all reasonable steps to integrate the educational plan with those of other relevant services such as, Family and Social Care, Youth Offending Teams and Kent Integrated Adolescent Support Service (KIASS) etc.'],
      ['VII.', 'make arrangements for pupils’ views to be represented through a pupils’ forum / schools council which should meet and report on at least a termly basis.'],
      ['VIII.', 'deliver the overall services and individual plans on an assessment of needs and aimed toward developing the young person’s independence and self-esteem through individualised and differentiated targets as specified in the pupil’s Individual Learning Plan.'],
      ['IX.', 'ensure that all elements of the programme are accessible to the student and are sensitive to their ethnic, religious and cultural backgrounds and additional or special needs they may have.'],
      ['X.', 'review students’ plans at least termly including a home visit to meet the parents/carers. These reviews are to be shared with KCC and schools on a termly basis.'],
      ['XI.', 'where the Student has a Statement of Special Educational Needs, the Provider will undertake the annual review and transition plan in accordance with KCC’s guidance and the SEN Code of Practice.'],
      ['XII.', 'provide statistical data linked to key performance indicators and Individual Learning Plans and written reports for scrutiny at a termly meeting with KCC'],
    ),
    prose(
      '5',
      'Outcomes',
      'The Provider will enable the Students to achieve the following outcomes:',
      ['I.', 'to have developed positive behaviour'],
      ['II.', 'to have developed a pattern of regular attendance'],
      ['III.', 'to have developed the skills to learn and work individually and in a group'],
      ['IV.', 'to have developed organisational skills, including time-management to attend regularly on time and complete necessary coursework'],
      ['V.', 'to have completed an educational course, which is appropriate to individual needs and abilities, and which results in qualifications that reflect high expectations of student performance. Within this it will be important to identify a specific focus on developing and achieving a recognised level of age appropriate skill and qualification in literacy and numeracy, English and mathematics.'],
      ['VI.', 'To achieve accredited educational awards / qualifications at Key Stage 4 (usually GCSE) to a level that exceeds that indicated by the trajectory of prior attainment.'],
      ['VII.', 'To have a post 16 destination that includes learning or employment with training, and an agreed pathway to age 18.'],
      ['VIII.', 'To have developed the employability skills and attributes required by employers'],
    ),
    prose(
      '6(a)',
      'Description of Services',
      'The provider will make available a high quality education programme for a minimum of 25 hours per week for 190 days per academic year. The term dates will be set within those for Kent schools.',
    ),
    prose(
      '6(b)',
      '',
      'The arrangements for admission must lay out a robust and rigorous system to ensure that students work towards taking up their full entitlement in a timely manner, and according to the complexity of need, and that progress is reflected via school tracking systems and meets Ofsted standards for achievement. Any proposal that part-time attendance should continue beyond the first 10 term-time days must be agreed with the nominated local authority officer.',
    ),
    prose(
      '6(c)',
      '',
      'The Provider must employ an appropriately qualified lead teacher who is responsible for curriculum and assessment arrangements and well qualified staff to support the personal, academic and pastoral progress of each student. The profile of staffing as a whole will be a key consideration in assessing the viability and quality of tenders made by Providers and the profile indicated.',
    ),
    prose(
      '6(d)',
      '',
      'Students will have a base where core elements of the programme are delivered; the Provider may combine this with planned learning, opportunities offsite (for example in a college, vocational training centre, work experience placement or educational visits), subject to the Provider ensuring appropriate supervision, health and safety, standards and indemnifying insurance are in place. The bases where the core elements of the programmes are to be delivered will need to be located within the community of secondary schools in each district in Kent.',
    ),
    prose(
      '6(e)',
      '',
      'The core curriculum will cover Maths, English, Science, personal, social and health education, including sex and relationships education, ICT and PE, with an extended curriculum which reflects the National Curriculum and is relevant to the students’ needs and prior attainment and background study.',
    ),
    // Schedule 1 clause 6(f): the first education care plan within 15 term-time days of admission.
    clause(
      'obligations',
      '6(f)',
      '',
      {
        obligations: [
          {
            id: 'first-education-plan',
            duty: 'prepare the first education care plan',
            owedBy: 'The Provider',
            due: { kind: 'after_event', within: { amount: 15, unit: 'school_days' }, event: 'the young person being admitted to the programme' },
          },
        ],
      },
      {
        text: [
          'Each student will have an active education and care plan (in nearly all cases emerging from a completed CAF) meeting the following criteria:',
          '• the first education care plan must be prepared within {{obligations.0.due.within}} of {{obligations.0.due.event}}.',
          '• the plan must be agreed by the young person and their parents or carers including consultation with any relevant social workers or other agencies actively involved with the young person.',
          '• the plan should lay out key educational goals, including those for achieving reasonable levels of literacy and numeracy, but should also cover other aspects of the young person’s development including their emotional well-being, health needs, behavioural needs and where significant or necessary, planning around key demands such as court appearances and future planning e.g. careers interviews.',
          '• plans will be subject to termly review with the young person and parents/carers.',
          '• plans should be capable of providing evidence of progress in learning and achievement on a regular basis, so that the monitoring of these can be used to adjust teaching and learning to improve progress',
          '• the Provider will follow the Kent & Medway Information Sharing Agreement in sharing the plan with outside agencies.',
          '• the design of and the consultation about the plan should aim to maximise the possibilities and opportunities for young people to exercise informed choice and to develop their independence.',
        ].join('\n\n'),
      },
    ),
    prose(
      '6(g)',
      '',
      'The Provider shall have in place written policies, strategies and practices to deliver positive behaviour management for which all staff are well trained and supported to ensure the consistent implementation. The Provider may at times be required to evidence this to the Authorised Officer. The Provider will inform KCC at an early stage of any major situation or problem with a student in order to give KCC the opportunity to work with the Provider and the Parent to resolve the difficulty.',
    ),
    prose(
      '6(h)',
      '',
      'In providing the service to young people and their families the Provider will need to be mindful of ways in which they can support the KCC to meet its obligations to eliminate unlawful discrimination, promote equality of opportunity and promote good relations between people of different racial groups.',
    ),
    prose(
      '7',
      'Safeguarding and Quality Assurance',
      'The provider:',
      ['I.', 'will be expected to employ an appropriate number of qualified teaching and non teaching staff to deliver the service. The School Staffing (England) Regulations 2009 require that certain checks be carried out before teachers and other members of staff are appointed, including whether or not they meet certain statutory requirements relating to their qualifications and/or registration. A qualified teacher must have Qualified Teacher Status. The Provider must recruit in line with Safer Recruitment procedures and checks. These staff will be subject to effective supervision and performance management arrangements. Evidence of staff supervision and performance management may be required by KCC from time to time.'],
      ['II.', 'will ensure that staff are appropriately briefed, trained and supported in implementing Kent Child Protection procedures.'],
      ['III.', 'will follow the Kent & Medway Information Sharing Agreement and relevant standing instructions in relation to the sharing of information about young people.'],
      ['IV.', 'will maintain clear health and safety policies and ensure their implementation to safeguard the health and well being of students undertaking programmes of activity both on and off site. KCC may wish the Provider to evidence this from time to time.'],
    ),
    // Clause 7, item V: complaints notified within 72 hours of the initial complaint.
    clause(
      'obligations',
      '7',
      '',
      {
        obligations: [
          {
            id: 'complaint-notification',
            duty: 'notify all complaints to the Authorised Officer',
            owedBy: 'The Provider',
            due: { kind: 'after_event', within: { amount: 72, unit: 'hours' }, event: 'the initial complaint' },
          },
        ],
      },
      {
        item: 'V',
        text: 'V. will publish a clear complaints procedure and draw it to the attention of the students and their parents/carers. All complaints will be notified to the Authorised Office within {{obligations.0.due.within}} of {{obligations.0.due.event}} and the Provider will update KCC through to its conclusion.',
      },
    ),
    prose('7', '', ['VI.', 'will be required to develop priorities for improving the service in the coming year with associated objectives and action plans and share these priorities with KCC']),
    // Clause 7, item VII: monthly attendance reports. The seed names no day of the month; the
    // template proposes the 10th of the following month, a proposal until the drafter confirms it.
    clause(
      'reporting',
      '7',
      '',
      {
        asTable: false,
        reports: [
          {
            id: 'monthly-attendance',
            name: 'attendance report for each student',
            from: 'The Provider',
            to: ['KCC'],
            frequency: 'monthly',
            due: { kind: 'monthly', dayOfFollowingMonth: 10 },
          },
        ],
      },
      {
        item: 'VII',
        text: 'VII. will undertake to keep a record and report on a monthly basis on attendance for each student to KCC, by the {{reports.0.due.dayOfFollowingMonth|ordinal}} of the following month',
        proposals: ['reports.0.due.dayOfFollowingMonth'],
      },
    ),
    // Schedule 1 clause 9: the termly KPI table with percentage targets.
    clause(
      'kpis',
      '9',
      'Performance Monitoring',
      {
        reporting: { due: { kind: 'termly' }, to: 'KCC' },
        tableCaption: 'Target encompassing all pupils and Outcomes',
        indicators: KENT_PRU_KPIS.map(([indicator, percentage], index) => ({
          id: `kpi-${index + 1}`,
          indicator,
          targets: [{ percentage, comparison: 'at_least' as const }],
          ragRated: false,
        })),
      },
      { text: 'The Provider will report on the following targets on a termly basis and must use every endeavour to achieve these targets:' },
    ),
    prose(
      '9',
      '',
      'Monitoring arrangements for the performance management of the Provision include:',
      ['I.', 'the Provider will support the young people to be involved in the monitoring and development of the provision and to ensure that their voices are heard during decision making processes. This may be affected by the use of a pupils’ forum / school council.'],
      ['II.', 'the Provider will prepare an Annual Report to be presented to KCC in the autumn term of each year (see below).'],
      ['III.', 'being subject to OFSTED inspections'],
      ['IV.', 'regular monitoring visits by KCC'],
      'The Annual Report will comprise:',
      ['V.', 'details of the number of placements delivered including and the numbers of review meetings that have taken place;'],
      ['VI.', 'a summary of the quality of the provision made, eg quality of teaching and the progress achieved by all learners;'],
      ['VII.', 'information from quality assurance systems;'],
      ['VIII.', 'details of most recent inspections conducted by Fire safety/Environmental Health;'],
      ['IX.', 'an annual record of attendance for all students and analysis to show improvement;'],
      ['X.', 'an account and evaluation of the effectiveness of any agency or multi-agency support provided to the students, including use of the CAF and progress on agreed outcomes;'],
      ['XI.', 'a summary of re-integration figures and analysis of how this has improved over time;'],
      ['XII.', 'an account of the work of the pupils’ forum / school council and how this has helped to develop the overall programme;'],
      ['XIII.', 'a detailed account of work related support and experience and how students were supported in work placements;'],
      ['XIV.', 'a summary and analysis of the qualifications and accreditation achieved by all students, with comparative data;'],
      ['XV.', 'an account of where students have progressed or otherwise after leaving alternative provision;'],
      ['XVI.', 'feedback from other agencies;'],
      ['XVII.', 'the result of consulting parents/carers and students on their views of the strengths and weaknesses of the arrangements that have been made for them;'],
      ['XVIII.', 'key strengths and areas of improvement for the provision and joint working arrangements relevant to the service delivered (self-evaluation and development plan);'],
      ['XIX.', 'a qualitative and quantitative analysis of any complaints made;'],
      ['XX.', 'any other information as determined by KCC;'],
    ),
    // Clause 9, item XXI: the monitoring report goes to KCC two weeks before the annual meeting.
    // The seed places the Annual Report in the autumn term (item II) without a date; the template
    // proposes 1 December for the meeting, a proposal until the drafter confirms it.
    clause(
      'reporting',
      '9',
      '',
      {
        asTable: false,
        reports: [
          {
            id: 'annual-report',
            name: 'Annual Report',
            from: 'The Provider',
            to: ['KCC'],
            frequency: 'annual',
            due: {
              kind: 'before_annual_event',
              before: { amount: 2, unit: 'weeks' },
              event: 'the annual meeting between KCC and the Management Committee',
              eventDay: { day: 1, month: 12 },
            },
          },
        ],
      },
      {
        item: 'XXI',
        text: 'XXI. an annual meeting between KCC and the Management Committee will take place, on {{reports.0.due.eventDay}}. The monitoring report should be sent to KCC {{reports.0.due.before|words}} prior to this meeting.',
        proposals: ['reports.0.due.eventDay'],
      },
    ),
    prose(
      '9',
      '',
      'In addition:',
      ['XXII.', 'Representative(s) of KCC may undertake ad hoc visits, make observations and discuss with the students the provision and their learning. Any concerns will be discussed with the Provider.'],
      ['XXIII.', 'The development plan will be devised by the Provider and agreed with KCC setting clear objectives and targets. This will be agreed on a termly basis in order to achieve the main performance targets and quality of provision.'],
    ),
    prose(
      '10',
      'Financial Arrangements',
      ['I.', 'The Provider will be responsible for all costs associated with the provision of educational services including the costs of suitable premises, amenities, equipment and books.'],
      ['II.', 'KCC will bear the cost of the transportation of Permanently Excluded students from their home addresses to the approved base where the core elements of the programme are to be delivered and the agreed standard cost of school meals to those students entitled to free school meals. The cost and provision of transport to other sites used to deliver other parts of the programme will be the responsibility of the Provider.'],
    ),
    prose(
      '11',
      'Commitment to Partnership',
      'KCC recognises that the young people who will benefit from this provision are amongst the most needy and challenging. Further, it recognises that there may be unpredictable events and circumstances that surround the referral of particular students or provision for those that are already enrolled that require effective joint problem solving, reciprocal goodwill and exceptionally deviations from the exact arrangements agreed. KCC wishes to signal a strong commitment to work in partnership with the Provider, in which the reciprocal stresses and demands of both parties are acknowledged.',
      'In this context, KCC wishes to ensure the continuation of Local Inclusion Forums and is committed to the maintenance of In Year Fair Access Protocols. KCC will support these by:',
      ['•', 'ensuring the attendance of Inclusion Officers/SEN Officers where appropriate and in order to develop and maintain the Fair Access Protocol.'],
      ['•', 'providing a PRU partnership co-ordinator to facilitate admissions to the PRU and provide support to the partnership to develop arrangements for Alternative Provision'],
      'The County Council will also work to support the development of local partnership activity by:',
      ['(i)', 'helping schools to develop local options'],
      ['(ii)', 'supporting processes for collective quality assurance and outcome analysis'],
      ['(iii)', 'helping to establish processes for prioritisation of cases'],
      ['(iv)', 'developing an approved provider framework for alternative provision from a range of providers through a quality assured competitive tendering process'],
    ),
  ])
}

/** Schedule 1 clause 9: each target and the percentage to achieve. */
const KENT_PRU_KPIS: Array<[indicator: string, percentage: number]> = [
  ['Students with an individual education and care plan that has been appropriately reviewed and updated within 15 days of joining the programme.', 100],
  ['No persistent absence. Improved attendance for all students against their baseline on entry expressed as a percentage of sessions each student attended out of the total possible sessions.', 100],
  ['Students admitted to the provision completing the programme at the end of Year 11 with a recognised qualification', 95],
  ['Students in education, employment or training in the January after completing Year 11', 95],
  ['Students to meet their agreed behaviour targets', 100],
  ['Students to have developed the skills which support them in learning to work both independently and as part of a group', 100],
  ['Students to have developed organisational skills including time management, and to show progress with taking up their learning entitlement according to their personalised learning plans.', 100],
  ['Students to have completed a course appropriate to individual needs, abilities, qualifications and their key stage', 100],
  ['Students to achieve relevant accredited educational awards / qualifications', 95],
  ['Students to have an agreed destination post and awareness of any further opportunities for learning and training provided by the provider, schools, Further Education Colleges and employers', 100],
]
