// Issue 20's end-to-end test: three agreements that are none of the seeds, built through the API
// alone from a blank agreement (sections and clauses added one by one), rendered as DOCX and PDF,
// and their timelines checked against dates worked by hand from their wording and the real England
// and Wales bank holidays.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { makeTempDirectory, runTool } from '#test/documents/support/tools'
import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn } from '#test/support/client'

type TClause = { id: string; kind: string; number: string; heading: string; params: Record<string, unknown> }
type TSection = { id: string; number?: string; heading: string; clauses: TClause[] }
type TAgreement = { id: string; content: { sections: TSection[] }; wording: { clauses: { clauseId: string; text: string; flag: string | null }[] } }
type TEntry = { key: string; date: string; label: string; basis: string; clause?: string; amount?: number }

let app: TRunningApp
const tokens: Record<string, string> = {}
const organisations: Record<string, string> = {}

beforeAll(async () => {
  app = await startApp()
  for (const email of ['commissioner@kent.example', 'commissioner@nottingham.example']) tokens[email] = await createToken(await signedIn(app.baseUrl, email))
  for (const email of Object.keys(tokens)) {
    for (const organisation of (await api(app.baseUrl, '/api/v1/organisations', tokens[email])).body as { id: string; name: string }[]) organisations[organisation.name] = organisation.id
  }
})

afterAll(async () => {
  await app?.stop()
})

function send(who: string, path: string, method: string, body?: unknown) {
  return api(app.baseUrl, path, tokens[who], body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}


async function build(who: string, create: Record<string, unknown>, term: Record<string, unknown>, sections: { heading: string; clauses: { kind: string; heading: string; params: unknown }[] }[]) {
  const created = await send(who, '/api/v1/agreements', 'POST', { template: 'blank', ...create })
  expect(created.status).toBe(201)
  const draft = created.body as TAgreement
  const termClause = draft.content.sections.flatMap((section) => section.clauses).find((clause) => clause.kind === 'term')
  const patched = await send(who, `/api/v1/agreements/${draft.id}/clauses/${encodeURIComponent(termClause?.id ?? '')}`, 'PATCH', { params: term })
  expect(patched.status, JSON.stringify(patched.body)).toBe(200)
  for (const { heading, clauses } of sections) {
    const added = await send(who, `/api/v1/agreements/${draft.id}/sections`, 'POST', { heading })
    expect(added.status).toBe(201)
    const sectionId = (added.body as { section: TSection }).section.id
    for (const clause of clauses) {
      const response = await send(who, `/api/v1/agreements/${draft.id}/clauses`, 'POST', { sectionId, ...clause })
      expect(response.status, JSON.stringify(response.body)).toBe(201)
    }
  }
  return draft.id
}

async function timeline(who: string, id: string, query = '') {
  const response = await api(app.baseUrl, `/api/v1/agreements/${id}/timeline${query}`, tokens[who])
  expect(response.status).toBe(200)
  return response.body as { entries: TEntry[]; undated: unknown[] }
}

const KENT = 'commissioner@kent.example'
const NOTTINGHAM = 'commissioner@nottingham.example'
const NOTICES = { inWriting: true, methods: ['post', 'hand', 'email'], deemedService: [{ method: 'post', businessDaysAfter: 2 }, { method: 'hand', businessDaysAfter: 0, cutOffTime: '16:00' }, { method: 'email', businessDaysAfter: 0, cutOffTime: '17:00' }], addressForService: 'stated_in_agreement' }


async function download(who: string, id: string, file: 'document.docx' | 'document.pdf') {
  const response = await fetch(new URL(`/api/v1/agreements/${id}/${file}`, app.baseUrl), { headers: { Authorization: `Bearer ${tokens[who]}` } })
  expect(response.status).toBe(200)
  return new Uint8Array(await response.arrayBuffer())
}

/** The DOCX's and the PDF's words, each run of whitespace as one space. */
async function documentWords(who: string, id: string) {
  const zip = await JSZip.loadAsync(await download(who, id, 'document.docx'))
  const docx = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/\s+/g, ' ')
  const directory = makeTempDirectory()
  try {
    const path = join(directory.path, 'agreement.pdf')
    writeFileSync(path, await download(who, id, 'document.pdf'))
    return { docx, pdf: runTool('pdftotext', [path, '-']).stdout.replace(/\s+/g, ' ') }
  } finally {
    directory.remove()
  }
}


function datesOf(entries: TEntry[], key: string) {
  return entries.filter((entry) => entry.key === key).map((entry) => entry.date)
}

async function noFlaggedWording(who: string, id: string) {
  const agreement = (await api(app.baseUrl, `/api/v1/agreements/${id}`, tokens[who])).body as TAgreement
  expect(agreement.wording.clauses.filter((clause) => clause.flag)).toEqual([])
}

describe('a school ICT services SLA: three months’ notice, termination only on 31 March', () => {
  let id = ''

  beforeAll(async () => {
    id = await build(KENT, { title: 'School ICT Services SLA', commencesOn: '2026-04-01', parties: [organisations['Meadowbank Special School (STLS host)']] }, { commencesOn: '2026-04-01', endsOn: '2029-03-31' }, [
      { heading: 'Notices', clauses: [{ kind: 'notices', heading: 'Service of notices', params: NOTICES }] },
      { heading: 'Termination', clauses: [{ kind: 'termination', heading: 'Termination on notice', params: { noticeBy: 'either', noticePeriod: { amount: 3, unit: 'months' }, effectiveOn: [{ day: 31, month: 3 }], inWriting: true, byMutualAgreement: false } }] },
    ])
  })

  it('renders its terms, and each cut-off time, in the DOCX and the PDF', async () => {
    await noFlaggedWording(KENT, id)
    const { docx, pdf } = await documentWords(KENT, id)
    for (const words of [docx, pdf]) {
      expect(words).toContain('This Agreement commences on 1 April 2026 and continues until 31 March 2029.')
      expect(words).toContain("Either party may terminate this Agreement by giving 3 months' written notice. Termination takes effect only on 31 March.")
    }
    expect(docx).toContain('If a notice is delivered by hand on a day which is not a business day or after 4.00 pm on a business day, it will instead be deemed given or made on the next business day.')
    expect(docx).toContain('If a notice is sent by email on a day which is not a business day or after 5.00 pm on a business day, it will instead be deemed given or made on the next business day.')
  })

  it('gives the last day for notice to end it on 31 March 2029 as Friday 29 December 2028', async () => {
    // Three months before 31 March 2029 is Sunday 31 December 2028. Under clause 2.1 a notice is deemed
    // served only on a business day, and Friday 29 December 2028 is one (Christmas Day and Boxing Day
    // 2028 are Monday 25 and Tuesday 26). Posted, it is deemed served on the second business day after
    // posting: posted Wednesday 27 December, Thursday 28 is the first and Friday 29 the second.
    const { entries, undated } = await timeline(KENT, id)
    expect(undated).toEqual([])
    const [deadline] = entries.filter((entry) => entry.key === 'renewal.notice_deadline')
    expect(deadline).toMatchObject({ date: '2028-12-29', clause: '3.1' })
    expect(deadline.basis).toContain('so Friday 29 December 2028 (31 December 2028 is a Sunday, and under clause 2.1 notice is deemed served only on a business day)')
    expect(deadline.basis).toContain('posted first class by Wednesday 27 December 2028, delivered by hand by 16:00 on Friday 29 December 2028 or sent by email by 17:00 on Friday 29 December 2028')
  })

  it('ends on 31 March 2027 for a notice posted on 23 December 2026, and on 31 March 2028 for one posted on 31 December', async () => {
    // Posted Wednesday 23 December 2026: Thursday 24 is the first business day after, then Christmas
    // Day (Friday 25), the weekend and Boxing Day's substitute (Monday 28), so Tuesday 29 December is
    // the second. Three months after it is 29 March 2027, before 31 March 2027.
    const beforeChristmas = await timeline(KENT, id, '?noticeServedOn=2026-12-23&noticeMethod=post')
    expect(datesOf(beforeChristmas.entries, 'notice.deemed_served')).toEqual(['2026-12-29'])
    expect(datesOf(beforeChristmas.entries, 'termination.effective')).toEqual(['2027-03-31'])
    // Posted Thursday 31 December 2026: New Year's Day (Friday 1 January 2027) and the weekend pass,
    // so Monday 4 January is the first business day after and Tuesday 5 January the second. Three
    // months after it is 5 April 2027, after 31 March 2027: the next 31 March, 2028.
    const newYearsEve = await timeline(KENT, id, '?noticeServedOn=2026-12-31&noticeMethod=post')
    expect(datesOf(newYearsEve.entries, 'notice.deemed_served')).toEqual(['2027-01-05'])
    expect(datesOf(newYearsEve.entries, 'termination.effective')).toEqual(['2028-03-31'])
  })
})

describe('a per-pupil alternative provision placement, pro rata by days over two financial years', () => {
  let id = ''

  beforeAll(async () => {
    id = await build(KENT, { title: 'Alternative Provision Placement Agreement', commencesOn: '2026-09-01', parties: [organisations['North West Kent Alternative Provision Service Management Committee']] }, { commencesOn: '2026-09-01', endsOn: '2027-08-31' }, [
      {
        heading: 'Charges',
        clauses: [
          {
            kind: 'funding',
            heading: 'Placement charges',
            params: { lines: [{ id: 'placement', description: 'Alternative provision placement', pupils: 3, rate: 1_425_000, per: 'pupil' }], showTotals: true, paymentRule: { kind: 'monthly_in_arrears', dayOfMonth: 20 }, proRata: { by: 'days' } },
          },
        ],
      },
    ])
  })

  it('renders the charge per pupil, the pro-rata rule and each part year\'s amount in the DOCX and the PDF', async () => {
    await noFlaggedWording(KENT, id)
    const { docx, pdf } = await documentWords(KENT, id)
    for (const words of [docx, pdf]) {
      expect(words).toContain('Payments will be made monthly in arrears on the 20th of each month.')
      expect(words).toContain('the amount due is the yearly amount multiplied by the number of days of that year the Agreement runs and divided by the number of days in that year, rounded to the nearest penny.')
      expect(words).toContain('£14,250.00 per pupil £42,750.00')
      // The part-year amounts the payments use, in the wording too (issue 20).
      expect(words).toContain('The amount due for 1 September 2026 to 31 March 2027 (£42,750.00 a year pro rata by days: 212 of the 365 days of the financial year 2026/27) is £24,830.14.')
      expect(words).toContain('The amount due for 1 April 2027 to 31 August 2027 (£42,750.00 a year pro rata by days: 153 of the 366 days of the financial year 2027/28) is £17,870.90.')
    }
  })

  it('charges £24,830.14 for September to March and £17,870.90 for April to August, to the penny', async () => {
    // 3 pupils at £14,250.00 is £42,750.00 a year. Financial year 2026/27 has 365 days, of which the
    // agreement runs 212 (1 September 2026 to 31 March 2027: 30+31+30+31+31+28+31): £42,750 x 212 / 365
    // = £24,830.136..., £24,830.14, paid in arrears on 20 October 2026 to 20 April 2027 in 7 payments:
    // 2,483,014p / 7 = 354,716p and 2p over, 1p each on the first two.
    // 2027/28 has 366 days (29 February 2028), of which it runs 153 (1 April to 31 August 2027:
    // 30+31+30+31+31): £42,750 x 153 / 366 = £17,870.901..., £17,870.90, in 5 payments of 357,418p.
    const { entries } = await timeline(KENT, id)
    const payments = entries.filter((entry) => entry.key === 'payment.due')
    expect(payments.map((payment) => [payment.date, payment.amount])).toEqual([
      ['2026-10-20', 354_717],
      ['2026-11-20', 354_717],
      ['2026-12-20', 354_716],
      ['2027-01-20', 354_716],
      ['2027-02-20', 354_716],
      ['2027-03-20', 354_716],
      ['2027-04-20', 354_716],
      ['2027-05-20', 357_418],
      ['2027-06-20', 357_418],
      ['2027-07-20', 357_418],
      ['2027-08-20', 357_418],
      ['2027-09-20', 357_418],
    ])
    expect(payments[0].basis).toContain('£24,830.14 for 1 September 2026 to 31 March 2027 (£42,750.00 a year pro rata by days: 212 of the 365 days of the financial year 2026/27)')
    expect(payments[7].basis).toContain('£17,870.90 for 1 April 2027 to 31 August 2027 (£42,750.00 a year pro rata by days: 153 of the 366 days of the financial year 2027/28)')
  })
})

describe('an evergreen traded-services agreement renewing each 1 September unless notice is given', () => {
  let id = ''

  beforeAll(async () => {
    id = await build(
      NOTTINGHAM,
      { title: 'Traded Services Agreement', commencesOn: '2026-09-01', parties: [organisations['Trinity Catholic School']] },
      { commencesOn: '2026-09-01', duration: { amount: 1, unit: 'years' }, autoRenewal: { renewsFor: { amount: 12, unit: 'months' }, noticeBy: 'either', noticeAtLeast: { amount: 3, unit: 'months' } } },
      [{ heading: 'Notices', clauses: [{ kind: 'notices', heading: 'Service of notices', params: NOTICES }] }],
    )
  })

  it('renders its renewal in the DOCX and the PDF', async () => {
    await noFlaggedWording(NOTTINGHAM, id)
    const { docx, pdf } = await documentWords(NOTTINGHAM, id)
    expect(docx).toContain(
      'This Agreement commences on 1 September 2026 and remains in place for a period of 1 year. At the end of the initial term this Agreement renews automatically for successive periods of 12 months unless either party gives written notice that it is not to renew, received no later than 3 months before the end of the initial term or of the period then running.',
    )
    expect(pdf).toContain('This Agreement commences on 1 September 2026 and remains in place for a period of 1 year.')
    expect(pdf).toContain('renews automatically for successive periods of 12 months unless either party gives written notice that it is not to renew, received no later than 3 months before the end of the initial term')
  })

  it('must be stopped by Friday 28 May 2027, the Spring bank holiday being 31 May', async () => {
    // The initial term is 1 September 2026 to 31 August 2027; three months before its end is Monday
    // 31 May 2027, the Spring bank holiday, when no notice is deemed served under clause 2.1: so
    // Friday 28 May 2027. Nottingham's term dates run to 2027/28, so one renewal is listed.
    const { entries } = await timeline(NOTTINGHAM, id)
    expect(entries.filter((entry) => entry.key.startsWith('term.') || entry.key.startsWith('renewal.')).map((entry) => `${entry.date} ${entry.key}`)).toEqual([
      '2026-09-01 term.commencement',
      '2027-05-28 renewal.notice_deadline',
      '2027-08-31 term.end',
      '2027-09-01 term.renewal',
    ])
    expect(entries.find((entry) => entry.key === 'renewal.notice_deadline')?.basis).toContain('Monday 31 May 2027 is a bank holiday (Spring bank holiday), and under clause 2.1 notice is deemed served only on a business day, so by Friday 28 May 2027')
  })

  it('an email at 16:30 on 28 May 2027 ends it on 31 August 2027; one at 17:30 is too late and it runs to 31 August 2028', async () => {
    // At 16:30, before the 17:00 cut-off on a business day: served that day, in time.
    const inTime = await timeline(NOTTINGHAM, id, '?noticeServedOn=2027-05-28&noticeMethod=email&noticeTime=16:30')
    expect(datesOf(inTime.entries, 'termination.effective')).toEqual(['2027-08-31'])
    expect(datesOf(inTime.entries, 'term.renewal')).toEqual([])
    // At 17:30: the next business day, after the weekend and the Spring bank holiday, is Tuesday 1 June
    // 2027, too late for 2027; it stops the next renewal, so the agreement ends on 31 August 2028.
    const late = await timeline(NOTTINGHAM, id, '?noticeServedOn=2027-05-28&noticeMethod=email&noticeTime=17:30')
    expect(datesOf(late.entries, 'notice.deemed_served')).toEqual(['2027-06-01'])
    expect(datesOf(late.entries, 'term.renewal')).toEqual(['2027-09-01'])
    expect(datesOf(late.entries, 'termination.effective')).toEqual(['2028-08-31'])
  })
})
