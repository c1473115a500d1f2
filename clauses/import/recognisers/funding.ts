// Funding and payment: when payments fall due ("monthly in arrears on the 20th of each month",
// "termly instalments in advance", "on an annual basis in advance", "three equal payments ... 5th
// April, 5th September, 5th January ... the closest working day prior"), money amounts, the share
// paid ("Top up is paid at 85%"), formula weightings ("Primary (25%) and Secondary (75%)"), a
// minimum ("at least 43%"), one-off charges ("a charge of £4,000") and cost recovery ("£15,000 per
// year (on a pro rata basis ...)").
import { formatDayOfYear, formatList, formatPence, ordinal } from '../../format'
import type { TFundingParams } from '../../funding'
import type { DayOfYear } from '../../values'
import { fact, untyped, type Fact, type ProposalDraft } from '../proposal'
import type { SourceSentence } from '../sentences'
import { findDaysOfYear, findMoney, findPercentages } from '../words'
import { tidy, topicOf, type RecogniserInput } from './context'

const PAYMENT_WORDS = /\b(?:pa(?:y|id|yments?|yable)|instalments?|fund(?:s|ing)? (?:will be|shall be) (?:made|transferred|devolved)|advances?)\b/i
const MONTHLY_ARREARS = /\bmonthly in arrears\b(?:[^.]{0,40}?\bon the (\d{1,2})(?:st|nd|rd|th)\b)?|\bon the (\d{1,2})(?:st|nd|rd|th) (?:day )?of (?:each|every) month\b[^.]{0,40}?\bin arrears\b/i
const TERMLY_ADVANCE = /\btermly (?:instalments? )?in advance\b|\bin advance (?:at the start of )?(?:each|every) term\b|\bon a termly basis with payments? made in the first (?:week|days?) of (?:the|each) (?:academic )?term\b|\btermly instalments?, in advance\b|\b(?:paid|payments?(?: will be| shall be)? made) termly,? (?:in|within|during) the first week of (?:the |each |every )?(?:academic |school )?term\b/i
// Leicestershire SEIP agreement, clause 2.3: "payments made in the first week of the academic term".
const FIRST_WEEK_OF_TERM = /\b(?:in|within|during) the (?:first|1st) week of (?:the |each |every |a )?(?:new )?(?:academic |school )?term\b/i
const ANNUAL_ADVANCE = /\b(?:on an )?annual(?:ly)?(?: basis)? in advance\b|\byearly (?:financial )?advances?\b|\bannually in advance\b|\bin advance (?:each|every) year\b/i
const PREVIOUS_WORKING_DAY = /\b(?:closest|nearest|last|preceding|previous) working day (?:prior|before)\b|\bworking day (?:immediately )?(?:before|prior to)\b|\bprevious (?:working|business) day\b/i
const FIXED_DATES_LEAD = /\b(?:following (?:dates|points|times)|on the following\b|(?:one|two|three|four|five|six|\d) (?:equal )?(?:payments|instalments))/i

export function recogniseFunding(input: RecogniserInput): ProposalDraft<'funding'>[] {
  const aboutFunding = /fund|payment|budget|financ|cost|charg|formula/.test(topicOf(input))
  const params: TFundingParams = { lines: [], showTotals: false }
  const facts: Fact[] = []
  input.sentences.forEach((sentence, index) => {
    readPaymentRule(sentence, input.sentences.slice(index + 1), params, facts)
    if (aboutFunding || PAYMENT_WORDS.test(sentence.text) || /£/.test(sentence.text)) readAmounts(sentence, params, facts, aboutFunding)
  })
  readTableAmounts(input, facts)
  if (!facts.some((item) => item.type === 'payment_date' || item.type === 'money' || (item.type === 'percentage' && aboutFunding))) return []
  return [{ kind: 'funding', params, facts: facts.map((item) => (carried(item, params) ? item : untyped(item))) }]
}

/** Whether the funding values carry the fact: amounts and percentages only where they have a place. */
function carried(item: Fact, params: TFundingParams): boolean {
  if (item.type === 'payment_date') return item.value.rule !== 'annual_in_advance' && !(item.value.rule === 'monthly_in_arrears' && item.value.day === undefined)
  if (item.type === 'money') {
    const amounts = [params.totalAmount, params.costRecovery?.chargePerYear, ...(params.charges ?? []).map((charge) => charge.amount)]
    return amounts.includes(Number(item.value.amount))
  }
  if (item.type === 'percentage') {
    const percentages = [params.formula?.floorPercentage, ...(params.formula?.splits ?? []).flatMap((split) => split.shares.map((share) => share.percentage))]
    return percentages.includes(Number(item.value.percentage))
  }
  return true
}

function readPaymentRule(sentence: SourceSentence, following: SourceSentence[], params: TFundingParams, facts: Fact[]) {
  if (params.paymentRule) return
  const { text } = sentence
  const monthly = MONTHLY_ARREARS.exec(text)
  if (monthly) {
    const day = Number(monthly[1] ?? monthly[2])
    if (day >= 1 && day <= 31) {
      params.paymentRule = { kind: 'monthly_in_arrears', dayOfMonth: day }
      facts.push(fact('payment_date', { rule: 'monthly_in_arrears', day }, `Paid monthly in arrears on the ${ordinal(day)} of each month`, sentence, 0.95))
    } else {
      facts.push(fact('payment_date', { rule: 'monthly_in_arrears' }, 'Paid monthly in arrears (the day of the month is not stated)', sentence, 0.7))
    }
    return
  }
  if (TERMLY_ADVANCE.test(text)) {
    readTermlyInAdvance(sentence, following, params, facts)
    return
  }
  if (ANNUAL_ADVANCE.test(text) && PAYMENT_WORDS.test(text)) {
    // The payment rules the calendar can date do not include "yearly in advance" without a date:
    // the term is read and shown, and stays in the clause's words.
    facts.push(fact('payment_date', { rule: 'annual_in_advance' }, 'Paid yearly in advance (no date is given, so no payment date is computed)', sentence, 0.8))
    return
  }
  if (FIXED_DATES_LEAD.test(text) && PAYMENT_WORDS.test(text)) readFixedDates(sentence, following, params, facts)
}

/** "termly instalments in advance", due in the term's first week where this sentence or the next
 * one, about payment, says so ("Payment will be made within the first week of each term"). */
function readTermlyInAdvance(sentence: SourceSentence, following: SourceSentence[], params: TFundingParams, facts: Fact[]) {
  const paymentAfter = following.slice(0, 1).filter((next) => PAYMENT_WORDS.test(next.text))
  const firstWeek = [sentence, ...paymentAfter].find((candidate) => FIRST_WEEK_OF_TERM.test(candidate.text))
  if (!firstWeek) {
    params.paymentRule = { kind: 'termly_in_advance' }
    facts.push(fact('payment_date', { rule: 'termly_in_advance' }, 'Paid termly in advance', sentence, 0.9))
    return
  }
  params.paymentRule = { kind: 'termly_in_advance', withinFirstWeek: true }
  facts.push(fact('payment_date', { rule: 'termly_in_advance', withinFirstWeek: true }, 'Paid termly in advance, in the first week of each term', firstWeek, 0.9))
}

/** "... three equal payments to be paid at the following points ...: 1. 5th April 2. 5th September 3. 5th January". */
function readFixedDates(sentence: SourceSentence, following: SourceSentence[], params: TFundingParams, facts: Fact[]) {
  const dates: DayOfYear[] = findDaysOfYear(sentence.text).map((found) => found.day)
  let moved = PREVIOUS_WORKING_DAY.test(sentence.text)
  // The dates may be listed in the paragraphs that follow, each a date and little else.
  for (const next of following.slice(0, 8)) {
    const found = findDaysOfYear(next.text)
    if (found.length > 0 && next.text.replace(/[^A-Za-z]/g, '').length <= 30) dates.push(...found.map((item) => item.day))
    else if (PREVIOUS_WORKING_DAY.test(next.text)) moved = true
    else if (dates.length > 0) break
  }
  const unique = dates.filter((date, index) => dates.findIndex((other) => other.day === date.day && other.month === date.month) === index)
  if (unique.length === 0) return
  params.paymentRule = { kind: 'fixed_dates', dates: unique, moveToPreviousWorkingDay: moved }
  if (/\bequal\b/i.test(sentence.text)) params.equalInstalments = true
  const list = formatList(unique.map(formatDayOfYear))
  const summary = `Paid on ${list}${moved ? ', or the closest working day before' : ''}`
  facts.push(fact('payment_date', { rule: 'fixed_dates', dates: unique.map((date) => `${date.day}/${date.month}`).join(','), previousWorkingDay: moved }, summary, sentence, 0.9))
}

function readAmounts(sentence: SourceSentence, params: TFundingParams, facts: Fact[], aboutFunding: boolean) {
  const { text } = sentence
  const money = findMoney(text)
  for (const found of money) {
    const around = text.slice(Math.max(0, found.start - 60), found.end + 80)
    facts.push(fact('money', { amount: found.pence }, `${formatPence(found.pence)}${describeAmount(around)}`, sentence, 0.9))
    if (/\bcharge of\s*$/i.test(text.slice(0, found.start)) && !params.charges) {
      const levied = /\blevied\s+(from [^.,;]{3,80})/i.exec(text.slice(found.end))?.[1]
      params.charges = [{ id: 'charge-1', description: levied ? tidy(levied) : 'as set out in this clause', amount: found.pence }]
    }
    if (/\b(?:cost recovery|CRM)\b/i.test(text) && /\bper (?:year|annum)\b|\ba year\b/i.test(around) && !params.costRecovery) {
      params.costRecovery = { chargePerYear: found.pence, proRata: /\bpro[- ]rata\b/i.test(text), basis: 'as set out in this clause' }
    }
    if (/\btotal\b/i.test(around) && money.length === 1 && params.totalAmount === undefined) params.totalAmount = found.pence
  }
  if (!aboutFunding && !PAYMENT_WORDS.test(text)) return
  const formula = /\b([A-Z][\w ]{1,30}?)\s*\((\d{1,3})%\)\s+and\s+([A-Z][\w ]{1,30}?)\s*\((\d{1,3})%\)/.exec(text) ?? /\b(\d{1,3})% weight for ([^.,]{3,60}?) and (\d{1,3})% weight for ([^.,]{3,60})/.exec(text)
  for (const found of findPercentages(text)) {
    facts.push(fact('percentage', { percentage: found.percentage }, `${found.percentage}%${describeAmount(text.slice(Math.max(0, found.start - 60), found.end + 60))}`, sentence, 0.85))
  }
  if (formula) readFormula(formula, text, params)
  const floor = /\bat least (\d{1,3})% of\b/i.exec(text)
  if (floor && params.formula) params.formula.floorPercentage = Number(floor[1])
  else if (floor) params.formula = { splits: [], floorPercentage: Number(floor[1]) }
  const paid = /\bpaid at (\d{1,3})%/i.exec(text)
  if (paid) facts[facts.length - 1].summary = `Paid at ${paid[1]}%`
}

/** "Total Funding Allocation 2016/2017 | £63,410": each amount in a table, with its row's words. */
function readTableAmounts(input: RecogniserInput, facts: Fact[]) {
  const anchor = input.sentences[0]
  if (!anchor) return
  for (const table of input.clause.tables) {
    const cell = { ...anchor, blockId: table.blockId, start: 0, end: 0, text: table.rows.map((row) => row.join(' | ')).join('; ') }
    for (const row of table.rows) {
      for (const found of row.flatMap((value) => findMoney(value))) {
        if (found.pence === 0) continue
        const label = row.find((value) => /[A-Za-z]{3}/.test(value) && !value.includes('£'))
        facts.push(fact('money', { amount: found.pence }, `${formatPence(found.pence)}${label ? `: ${label}` : ''}`, cell, 0.8))
      }
    }
  }
}

function readFormula(match: RegExpExecArray, text: string, params: TFundingParams) {
  const byWeight = match[0].includes('weight')
  const shares = byWeight
    ? [
        { label: tidy(match[2]), percentage: Number(match[1]) },
        { label: tidy(match[4]), percentage: Number(match[3]) },
      ]
    : [
        { label: tidy(match[1]), percentage: Number(match[2]) },
        { label: tidy(match[3]), percentage: Number(match[4]) },
      ]
  if (shares[0].percentage + shares[1].percentage !== 100) return
  const basis = tidy(text.slice(0, match.index).replace(/.*\.\s/, '')) || 'Funding is divided between'
  params.formula ??= { splits: [] }
  params.formula.splits.push({ basis, shares })
}

/** A few words saying what an amount is for: "per place", "per year", "a year, pro rata". */
function describeAmount(around: string): string {
  if (/\bper place\b/i.test(around)) return ' per place'
  if (/\bper (?:year|annum)\b/i.test(around)) return ' a year'
  if (/\bper pupil\b/i.test(around)) return ' per pupil'
  return ''
}
