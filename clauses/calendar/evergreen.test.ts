import { noticeAgainstRenewal, noticeWindow, renewalPeriods, type RenewalTerms } from './evergreen'

// Worked by hand: a traded-services SLA commencing 1 April 2026 for one year, then renewing "for
// successive periods of 12 months unless either party gives notice received no earlier than six
// months and no later than three months before the end of the period then running" (clause 1.2).
const terms: RenewalTerms = {
  initialEnd: '2027-03-31',
  renewsFor: { amount: 12, unit: 'months' },
  noticeAtLeast: { amount: 3, unit: 'months' },
  noticeNoEarlierThan: { amount: 6, unit: 'months' },
  clause: '1.2',
}

it('renews each 1 April for a year: to 31 March 2028, then to 31 March 2029', () => {
  expect(renewalPeriods(terms, '2029-01-01')).toEqual([
    { index: 0, endsOn: '2027-03-31' },
    { index: 1, startsOn: '2027-04-01', endsOn: '2028-03-31' },
    { index: 2, startsOn: '2028-04-01', endsOn: '2029-03-31' },
  ])
})

it('the window to stop the first renewal runs from 30 September to 31 December 2026', () => {
  // 31 March 2027 less 6 months is 30 September 2026 (no 31 September); less 3 months, 31 December 2026.
  const window = noticeWindow({ index: 0, endsOn: '2027-03-31' }, terms)
  expect(window.renewsOn).toBe('2027-04-01')
  expect(window.opens?.date).toBe('2026-09-30')
  expect(window.closes).toEqual({
    date: '2026-12-31',
    basis: 'To stop the agreement renewing on 1 April 2027, notice must be received at least 3 months before the initial term ends on 31 March 2027: by 31 December 2026 (clause 1.2)',
  })
})

test.each([
  // Inside the first window: the agreement ends with its initial term.
  ['15 November 2026, inside the first window', '2026-11-15', { ends: '2027-03-31' }],
  ['31 December 2026, the window’s last day', '2026-12-31', { ends: '2027-03-31' }],
  // After the first window closed and before the next opens (30 September 2027): no effect.
  ['15 January 2027, between windows', '2027-01-15', { tooEarly: '2027-01-15' }],
  ['1 October 2027, inside the second window', '2027-10-01', { ends: '2028-03-31' }],
])('notice deemed served %s', (_name, deemedServedOn, expected) => {
  const effect = noticeAgainstRenewal(deemedServedOn, terms)
  expect({ ends: effect.ends?.date, tooEarly: effect.tooEarly?.date }).toEqual({ ends: undefined, tooEarly: undefined, ...expected })
})

it('without a window, a late notice stops the next renewal instead', () => {
  const { noticeNoEarlierThan: _window, ...noWindow } = terms
  expect(noticeAgainstRenewal('2027-01-15', noWindow).ends?.basis).toBe(
    'Notice deemed served on 15 January 2027, by 31 December 2027 (at least 3 months before the period ends): the agreement does not renew and ends on 31 March 2028 (clause 1.2)',
  )
})
