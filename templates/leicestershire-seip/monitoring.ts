// Leicestershire SEIP agreement clause 8: financial and performance monitoring and reporting
// (seed 002): the budget plan by October half term (8.1), termly progress reports (8.2), the
// Annual Expenditure Report by 31 March (8.6) and termly evidence against Ofsted judgments (8.12).
import { clause, prose, section } from '../builders'

export function monitoringSection() {
  return section('monitoring', '8', 'Financial and Performance Monitoring and Reporting Requirements', [
    // Clause 8.1: the annual budget plan no later than October half term.
    clause(
      'reporting',
      '8.1',
      'Financial Monitoring and Reporting Requirements',
      {
        asTable: false,
        reports: [
          {
            id: 'budget-plan',
            name: 'annual budget plan',
            from: 'The SEIP',
            to: ['the SEIP Executive Steering Group', 'the Authority'],
            frequency: 'annual',
            due: { kind: 'by_october_half_term' },
          },
        ],
      },
      {
        text: 'The SEIP will publish an annual budget plan no later than October half term of each year detailing how the funding allocation will be used in that academic year. The format of the budget plan will be as agreed by the SEIP Executive Steering Group and subsequently submitted to that group and the Authority.',
      },
    ),
    // Clause 8.2: termly progress reports to the SEIP Executive Steering Group.
    clause(
      'reporting',
      '8.2',
      '',
      {
        asTable: false,
        reports: [
          { id: 'termly-progress', name: 'termly progress report', from: 'The SEIP', to: ['the SEIP Executive Steering Group'], frequency: 'termly', due: { kind: 'termly' } },
        ],
      },
      {
        text: 'The SEIP will provide to the SEIP Executive Steering Group termly progress reports to provide an overview of how funding has been used and progress against the pre-determined outcomes (i.e. those outcomes that have been achieved and those that have not). The format of the report to be agreed by the SEIP Executive Steering Group.',
      },
    ),
    prose(
      '',
      '',
      ["8.3", "The SEIP will manage, monitor on a regular basis and forecast expenditure against the funding allocation using its own records and any information provided to it by the Authority under clause 9. The SEIP will need to ensure that the systems used to do so are transparent and robust and provide details of expenditure to the Authority on request."],
      ["8.4", "The SEIP will ensure that a range of documentary evidence to support the expenditure is available for inspection and/or audit by the Council (including any accounting records of the SEIP, minutes of meetings, details of preventative intervention or provision required, invoices, receipts and statements from / correspondence with providers)."],
      ["8.5", "The SEIP should contact the Authority if the SEIP is in any doubt as to whether particular items of expenditure are eligible for expenditure out of the funding allocation."],
    ),
    // Clause 8.6: the Annual Expenditure Report by 31 March each year.
    clause(
      'reporting',
      '8.6',
      '',
      {
        asTable: false,
        reports: [
          { id: 'annual-expenditure', name: 'Annual Expenditure Report', from: 'The SEIP', to: ['the Authority'], frequency: 'annual', due: { kind: 'annual_fixed_day', day: 31, month: 3 } },
        ],
      },
      {
        text: 'The SEIP will produce by 31st March each year an Annual Expenditure Report showing expenditure against the funding allocation for the previous academic year - this is in line with the Authority’s annual Governance Statement which has to be submitted to the Department for Education. A copy of this report will be sent to the Authority and this report may be used to inform a financial report to the Schools Forum. The format of the report will be agreed by the SEIP Executive Steering Group.',
      },
    ),
    prose(
      '',
      'Performance Monitoring and Reporting Requirements',
      ["8.7", "Whilst the Lead School may account for SEIP transactions through its delegated budget / local cheque account, it must do so through a range of designated SEIP cost centres so that SEIP transactions are easily identifiable and separable from the main activities of the school."],
      ["8.8", "The Lead School, acting on behalf of the SEIP, is responsible for ensuring that both HMRC VAT regulations and regulations concerning the taxation of employment are fully adhered to, and for seeking professional advice in these areas if further clarification is needed. Performance Monitoring and Reporting Requirements"],
      ["8.9", "Prior to the commencement of this Agreement, the SEIP shall submit for approval by the SEIP Executive Steering Group a document describing the local protocols for supported transfers, the criteria for assessing alternative provision and the methods for monitoring the quality of alternative provision."],
      ["8.10", "The effectiveness of the SEIP will monitored in line with Ofsted judgments (as set out in the Ofsted ‘Further Education and Skills Inspection Handbook’ (February 2018)):"],
      ["a)", "Overall Effectiveness"],
      ["b)", "Effectiveness of leadership and management"],
      ["c)", "Quality of teaching, learning and assessment"],
      ["d)", "Personal development, behaviour and welfare of referred students"],
      ["e)", "Outcomes for the students"],
      ["8.11", "The Local Authority will develop in collaboration with the SEIPS a dashboard within which to collect some quantitative data from the SEIPs. This dashboard will be intended as a tool to assist in capturing some Key Performance Indicators (KPIs) from the SEIPs in order to demonstrate overall effectiveness to provide an indication of the frequency and type of support (including Alternative Provision) being provided by the partnerships."],
    ),
    // Clause 8.12: a termly report to the Council against the Ofsted judgments.
    clause(
      'reporting',
      '8.12',
      '',
      {
        asTable: false,
        reports: [
          {
            id: 'termly-evidence',
            name: 'termly report of quantitative and qualitative evidence',
            from: 'The SEIPs',
            to: ['the Council'],
            frequency: 'termly',
            due: { kind: 'termly' },
          },
        ],
      },
      {
        text: [
          "The SEIPs will provide to the Council a termly report containing quantitative and qualitative evidence to demonstrate how the partnerships are helping the Local Authority to fulfil its responsibilities in terms of provision for this group of students in respect of these Ofsted judgments (see paragraph 8.11). This evidence may also be discussed at meetings of the SEIP Executive Board (see paragraphs 8.18 and 8.19):",
          "a) What are the outcomes for Year 11 leavers? How do they compare to outcomes for similar students in other partnerships, other parts of the County, in previous years and to peers in schools? (Ofsted judgments a, c, d and e)",
          "b) How well have leavers and students in earlier year groups progressed academically and personally since the point of referral to the SEIPs in comparison to compare to outcomes for similar students in other partnerships, other parts of the County, in previous years and to peers in schools? (Ofsted judgments a,c, d and e)",
          "c) How effective are the systems being used by the partnerships to allow them to show the progress of students and to evaluate the impact of provision that each individual partnership makes for students (Ofsted judgments a, b and c)",
          "d) What impact is the partnership having in Leicestershire on strengthening the inclusiveness of member schools and in reducing the impact on exclusions? (Ofsted judgments a - e)",
          "e) How effective is the partnership in securing best value for money and using its finances creatively and to best effect to meet the need of students within distinct areas and across the County (Ofsted judgments b and e)",
          "f) How effective is the partnership in ensuring that students are safeguarded (Ofsted judgments a, d and e)",
          "g) How effective is the partnership in addressing barriers to the progress of students into adult working life? (Ofsted judgments d and e)",
          "h) How strong is the capacity of the SEIPs to continue to identify and undertake developments and improvements? (Ofsted judgments a, b and e)",
        ].join('\n\n'),
      },
    ),
    prose(
      '',
      '',
      ["8.13", "Responsibility for the development and implementation of effective information systems is devolved to the SEIPs. They will have the responsibility for developing effective methods of securing and presenting the information and evidence needed to ensure that secure judgments can be made about their effectiveness, based on the judgments and evaluative criteria listed in paragraph 8.15. The Authority recognises that this is a complex processes and there are few examples of good practice to draw on. The Authority will therefore support the SEIPs to develop its systems and processes where appropriate. It will also facilitate discussion of the information and evidence and help identify areas for further development and improvement in terms of delivering outcomes to students in Leicestershire and the SEIPs will be expected to take prompt and adequate measures to rectify or improve its performance so as to meet the relevant outcomes as soon as can reasonably be expected."],
      ["8.14", "In order to fulfil the responsibilities outlined in paragraph 8.13, the SEIPS will work together to ensure that they each individually:"],
      ["a)", "Effectively monitor attendance, progress and performance of their students in all settings that they attend. This should include collection of attendance, progress and performance data for each student in order to allow tracking of individuals and to evaluate the impact of different provision on students. This tracking will also facilitate effective safeguarding, curriculum planning, pastoral care and interagency working."],
      ["b)", "Use robust Quality Assurance processes to evaluate the effectiveness and impact of provision in their own settings and those delivered by alternative providers. This should include partners sharing information with each other and with partner schools so that a picture of work across the County can be gained and comparison between different partnership areas be made."],
      ["8.15", "The SEIP will maintain and make available on request all performance and quality data provided by alternative providers for each pupil accessing alternative provision. This will include data on educational progress, attendance, behaviour and profile data (e.g. age, gender, and ethnicity)."],
    ),
    prose(
      '',
      'Governance',
      ["8.16", "The SEIPs operate within a complex network of relationships and accountabilities as a result of their:"],
      ["•", "Devolved responsibilities from the Local Authority which retains the legal responsibility for provision across Leicestershire"],
      ["•", "The accountability to individual schools (who are themselves accountable to Governors, parents, Ofsted etc) for the welfare, progress and outcomes of individual students"],
      ["•", "Accountability to local secondary schools who form the Partnership"],
      ["•", "Accountability to the Leicestershire network of Secondary Headteachers from which the partnerships developed"],
      ["•", "Accountability directly to students, parents and - potentially, in the future - Ofsted led direct evaluations of their work"],
      ["8.17", "In order to secure robust accountability the SEIPs will:"],
      ["•", "Participate in partnership with the Local Authority in reviewing and developing the role of the SEIP Executive Group (see paragraph 8.18 below)"],
      ["•", "Make individual arrangements within local partnerships to ensure appropriate accountability to its member schools"],
      ["8.18", "The SEIP Executive Steering Group (see above, paragraph 8.17):"],
      ["•", "Membership of the SEIP Executive Steering Group will be reviewed to ensure that it can act on behalf of the Local Authority, the five Partnerships the education service as a whole and other services working for vulnerable people in the county"],
      ["•", "The main objective of the SEIP Executive Group will be to evaluate the work of the SEIPs, based on the judgments and evaluative criteria described in paragraph 8.13."],
      ["•", "The aims of the SEIP Executive Steering Group will be as follows:"],
      ["•", "Provide challenge and support to the Partnerships"],
      ["•", "Work with the partnerships to help them to develop the best ways of judging and reporting on their performance"],
      ["•", "Identify issue, concerns and challenges that may be arising in individual SEIPs or across all SEIPs ensuring that these are shared with the Local Authority to enable suitable action or resolution to be identified and take place"],
      ["•", "Provide an opportunity, where necessary and/or appropriate, for the Authority to respond to issues and concerns raised by the partnerships by invoking its reserve powers as set out in this agreement"],
      ["•", "Satisfy itself that each partnership is effectively managing financial, safeguarding, personnel and health and safety systems and procedures"],
      ["•", "Provide summary reports for the Schools Forum, Leicestershire Education Excellence Partnership (LEEP), and for Headteachers and Principals of all member schools"],
      ["8.19", "Further information about arrangements for co-ordination of the work of the five Secondary Education and Inclusion Partnerships and the role of the Executive Steering Group can be found in Schedule 4."],
      ["8.20", "If the SEIP then continues to fail to meet the agreed outcomes, and the Authority considers that it is not taking adequate steps to rectify or improve its performance, the Authority may:"],
      ["•", "terminate this Agreement; or"],
      ["•", "claw back the funding allocation or part of it;"],
      ["•", "terminate this Agreement and claw back the funding allocation or part of it."],
    ),
  ])
}
