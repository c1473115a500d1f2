// Nottingham devolved funding agreement Schedule 1 (funding and payment arrangements) and
// Schedule 2 (cost recovery mechanism), seed 004.
import { clause, pounds, prose, schedule } from '../builders'

/** Schedule 1: the formula, the 2016/2017 breakdown and the three payment dates. */
export function fundingSchedule() {
  return schedule('schedule-1', '1', 'Funding – Payment Arrangements', [
    prose(
      '1',
      'Annual Totals',
      'Notification of the annual total Funding to be devolved will be provided by the Authority to the School/Responsible Body in March each year in the format of a detailed funding statement showing the allocation to the School, determined in accordance with the agreed formula, which will be updated each year.',
    ),
    // Schedule 1 paragraph 2: 25% primary / 75% secondary; 75% FSM Ever6 / 25% population; a 43% floor.
    clause(
      'funding',
      '2',
      'Funding Formula',
      {
        lines: [],
        showTotals: false,
        formula: {
          splits: [
            {
              basis: 'Total funding is divided between',
              shares: [
                { label: 'Primary', percentage: 25 },
                { label: 'Secondary', percentage: 75 },
              ],
            },
            {
              basis: 'The Funding Allocation for each school is then determined by',
              shares: [
                { label: 'weight for Free School Meals (Ever6)', percentage: 75 },
                { label: 'weight for pupil population', percentage: 25 },
              ],
            },
          ],
          floorPercentage: 43,
        },
      },
      {
        text: [
          'Funding will be allocated based on the agreed formula consulted with schools and schools forum. Funding amounts will be determined at school level based on the agreed formula. Total funding is divided between Primary (25%) and Secondary (75%). The Funding Allocation for each school is then determined by 75% weight for Free School Meals (Ever6) and 25% weight for pupil population.',
          'Funding will be reduced for individual schools based on the number of pupils permanently excluded prior to the commencement of this agreement where the Authority has the responsibility to provide education. This will be linked directly to pupils and the cost will be aligned to the cost of placement at the appropriate learning centre as consulted on and agreed through Schools Forum, until the pupils is reintegrated or no longer the responsibility of the Authority to educate. However, each school will receive at least 43% of their total Funding Allocation.',
        ].join('\n\n'),
      },
    ),
    // Schedule 1 paragraph 3: three equal payments on 5 April, 5 September and 5 January,
    // moved to the closest working day before the 5th, of the table's own figures (£63,410 for
    // 2016/2017: £21,136.67, £21,136.67 and £21,136.66; the £72,369 estimate for 2017/18: £24,123
    // each).
    clause(
      'funding',
      '3',
      'Breakdown of Funding and Funding Timetable',
      {
        lines: [
          { id: 'formula-allocation', description: 'Formula Funding Allocation (July 16)', amount: pounds(63_410) },
          { id: 'minimum-allocation', description: 'Minimum funding allocation (43%)', note: 'N/A' },
          { id: 'exclusion-deductions', description: 'Deductions for permanent exclusions', amount: 0 },
          { id: 'semh-deductions', description: 'Deductions for SEMH HLN funding', amount: 0 },
          { id: 'total-2016-17', description: 'Total Funding Allocation 2016/2017', amount: pounds(63_410) },
          { id: 'estimate-2017-18', description: '2017/18 Estimate funding', amount: pounds(72_369) },
        ],
        totalAmount: pounds(63_410),
        fundingPeriod: '2016/2017',
        // The table's two years: payments in 2017/18 are of the estimate, not of 2016/2017's total.
        yearAmounts: [
          { year: '2016/17', amount: pounds(63_410) },
          { year: '2017/18', amount: pounds(72_369), estimate: true },
        ],
        showTotals: false,
        paymentRule: {
          kind: 'fixed_dates',
          dates: [
            { day: 5, month: 4 },
            { day: 5, month: 9 },
            { day: 5, month: 1 },
          ],
          moveToPreviousWorkingDay: true,
        },
        equalInstalments: true,
      },
      {
        text: [
          'A breakdown of the total funding available through this agreement for the Responsible Body is set out in the table below.',
          'The total Funding Allocation for each School/Responsible Body will be separated into three equal payments to be paid at the following points in the Academic year, minus adjustments for permanent exclusions:',
          '1. {{paymentRule.dates.0|ordinal}}',
          '2. {{paymentRule.dates.1|ordinal}}',
          '3. {{paymentRule.dates.2|ordinal}}',
          'Where the date falls on a weekend or bank holiday the payment will be paid on the closest working day prior to the 5th.',
          'Table 1: Table of Devolved Funding Allocations for Schools based on Funding Allocation Formula [see AP Pilot allocations Excel Document]',
        ].join('\n\n'),
      },
    ),
  ])
}

/** Schedule 2: recovering the cost of provision for permanently excluded pupils. */
export function costRecoverySchedule() {
  return schedule('schedule-2', '2', 'Cost Recovery Mechanism (CRM)', [
    prose(
      '1',
      '',
      'The Authority, whilst devolving funding to Schools/Responsible Body; still retains the statutory responsibility for pupils who are not attending school because of permanent exclusion. A key principle of devolving funds to Schools/Responsible Body is to avoid the need for permanent exclusion. It will remain possible for schools to permanently exclude pupils. However, if pupils are permanently excluded they become the responsibility of the Authority. The Authority therefore requires a scheme to recover funds for those pupils who are permanently excluded.',
    ),
    prose(
      '2',
      '',
      'A CRM is the way in which the Authority will recover the cost of provision made for pupils who are permanently excluded from schools when the exclusion occurs outside agreed arrangements with individual Schools/Responsible Body.',
    ),
    prose(
      '3',
      '',
      'Funding for pupils with SEBD has been devolved to Schools/Responsible Body, therefore, the Authority has relinquished its capacity to make provision for young people who are permanently excluded from school. If individual Schools/Responsible Body then continue to permanently exclude pupils, the Authority will recover from the excluding Schools/Responsible Body the cost of any provision that the Authority is then required to commission.',
    ),
    // Schedule 2 paragraph 4: £15,000 a year, pro rata, for 2016/2017 only.
    clause(
      'funding',
      '4',
      '',
      {
        lines: [],
        showTotals: false,
        costRecovery: {
          chargePerYear: pounds(15_000),
          proRata: true,
          basis: 'agreed below cost for the 2016/2017 financial year only, irrespective of school status',
        },
      },
      {
        text: 'The cost recovery charge will be aligned to the cost of a placement at the appropriate learning centre, as consulted and agreed through schools forum. For the 2016/2017 financial year only the CRM charge has been agreed below cost at £15,000 per year (on a pro rata basis irrespective of school status).',
      },
    ),
    prose(
      '5',
      '',
      'The Authority will retain the cost of the provision made on behalf of the individual School/Responsible Body for permanently excluded pupils. The School/Responsible Body will be paid its share of devolved funding minus any retained funding at the points outlined in Schedule 1 in arrears.',
    ),
    prose(
      '6',
      '',
      'The requirement for deducting the AWPU funding from individual schools when pupils are permanently excluded will continue. This will be used towards the cost of CRM; however, this funding would be passed on to the Responsible Body if they retain accountability for providing their educational provision, therefore avoiding the need for CRM.',
    ),
    prose(
      '7',
      '',
      'Individual Schools/Responsible Body will be responsible for funding their permanently excluded pupils through CRM for long as they attend provision commissioned by the Authority.',
    ),
  ])
}
