// The obligations an agreement's clauses put on its parties, each with dated instances for the
// period given (its whole term, or up to the day a served notice ends it): reports (Kent STLS 13.3:
// 6 termly Local Activity Reports a year), KPI returns (Kent PRU Schedule 1 clause 9: termly),
// funding returns (Leicestershire SEIP 8.1 budget plan, 8.6 Annual Expenditure Report), records
// kept (SEIP 10.1) and event-driven duties (Kent PRU Schedule 1 clause 7.V: complaints notified
// within 72 hours). Due dates come from the timeline engine's rules; this module only says which
// period each instance is for. Pure.
import type { AgreementContent, ClauseInstance, Party } from '../agreement-content'
import { dateOf, monthOf, plusMonths, yearOf } from '../calendar/dates'
import type { DatedBasis } from '../calendar/dated'
import { formatDate } from '../calendar/format'
import { academicYearLabel } from '../calendar/academic-year'
import { termName, termsInOrder } from '../calendar/term-calendar'
import { formatDueRule } from '../format'
import { retainUntil } from '../calendar/retention'
import type { TReport } from '../reporting'
import type { DueRule, IsoDate } from '../values'
import { clausesOfKind, type AgreementEvent, type TimelineContext } from '../timeline/context'
import { dueDates } from '../timeline/due-rule'

export const OBLIGATION_CATEGORIES = ['report', 'kpi_return', 'funding_return', 'records', 'event'] as const
export type ObligationCategory = (typeof OBLIGATION_CATEGORIES)[number]

export const OBLIGATION_RECURRENCES = ['monthly', 'half_termly', 'termly', 'annual', 'on_event', 'once'] as const
export type ObligationRecurrence = (typeof OBLIGATION_RECURRENCES)[number]

/** One dated occurrence of an obligation: "Local Activity Report, Term 2 2026/27, due 18 December 2026". */
export interface ObligationInstancePlan {
  /** `${obligationKey}@${periodKey}`: stable across regenerations, so evidence stays attached. */
  key: string
  periodKey: string
  periodLabel: string
  dueOn: IsoDate
  basis: string
  title: string
}

export interface ObligationPlan {
  /** Clause id plus the item's id inside the clause; a variation keeps clause ids, so this is stable. */
  key: string
  category: ObligationCategory
  name: string
  /** The party id that owes it ("provider", "authority"). */
  ownerParty: string
  /** Who owes it in the clause's own words ("Headteachers of SLA holding special schools"). */
  ownerDescription: string
  clauseId: string
  /** How a solicitor cites it: "13.3", "Schedule 1, paragraph 9". */
  clause: string
  recurrence: ObligationRecurrence
  dueRule: string
  instances: ObligationInstancePlan[]
}

/** A recorded event, with the id that keeps its obligation instance stable. */
export type IdentifiedAgreementEvent = AgreementEvent & { id: string }

export interface GenerateObligationsOptions extends Omit<TimelineContext, 'events'> {
  parties: Party[]
  events: IdentifiedAgreementEvent[]
}

// Kent STLS 13.2: "KCC Management Information Unit" produces the Attainment and Performance and the
// Attendance and Exclusion reports of the 13.5 timetable, so "MIU" names the authority.
const AUTHORITY_UNITS = [/\bMIU\b/]

// Leicestershire SEIP 8.1 budget plan and 8.6 Annual Expenditure Report; Kent STLS 13.5 Budget Reporting.
const FUNDING_RETURN_WORDS = /\b(budget|expenditure|funding|financ)/i

export function generateObligations(options: GenerateObligationsOptions): ObligationPlan[] {
  return [...reportObligations(options), ...kpiObligations(options), ...timedObligations(options), ...recordsObligations(options)]
}

function reportObligations(options: GenerateObligationsOptions): ObligationPlan[] {
  return clausesOfKind(options.content, 'reporting').flatMap(({ clause, reference }) =>
    clause.params.reports.map((report) => {
      const key = `${clause.id}/${report.id}`
      const name = capitalise(report.name)
      const owner = report.from ?? counterpartyLabel(options.parties)
      return {
        key,
        category: FUNDING_RETURN_WORDS.test(report.name) ? 'funding_return' : 'report',
        name,
        ownerParty: ownerPartyOf(owner, options.parties),
        ownerDescription: owner,
        clauseId: clause.id,
        clause: reference,
        recurrence: report.frequency,
        dueRule: formatDueRule(report.due),
        instances: instancesOf({ key, name, rule: report.due, reference, termNumbers: report.terms, options }),
      } satisfies ObligationPlan
    }),
  )
}

function kpiObligations(options: GenerateObligationsOptions): ObligationPlan[] {
  return clausesOfKind(options.content, 'kpis').map(({ clause, reference }) => {
    const key = clause.id
    const rule = clause.params.reporting.due
    const owner = counterpartyLabel(options.parties)
    return {
      key,
      category: 'kpi_return',
      name: 'KPI report',
      // Kent PRU Schedule 1 clause 9: "The Provider will report on the following targets".
      ownerParty: counterparty(options.parties)?.id ?? 'provider',
      ownerDescription: owner,
      clauseId: clause.id,
      clause: reference,
      recurrence: recurrenceOf(rule),
      dueRule: formatDueRule(rule),
      instances: instancesOf({ key, name: 'KPI report', rule, reference, options }),
    }
  })
}

function timedObligations(options: GenerateObligationsOptions): ObligationPlan[] {
  return clausesOfKind(options.content, 'obligations').flatMap(({ clause, reference }) =>
    clause.params.obligations.map((obligation) => {
      const key = `${clause.id}/${obligation.id}`
      const name = capitalise(obligation.duty)
      return {
        key,
        category: 'event',
        name,
        ownerParty: ownerPartyOf(obligation.owedBy, options.parties),
        ownerDescription: obligation.owedBy,
        clauseId: clause.id,
        clause: reference,
        recurrence: recurrenceOf(obligation.due),
        dueRule: formatDueRule(obligation.due),
        instances: instancesOf({ key, name, rule: obligation.due, reference, options }),
      } satisfies ObligationPlan
    }),
  )
}

function recordsObligations({ content, parties, period }: GenerateObligationsOptions): ObligationPlan[] {
  return clausesOfKind(content, 'records-retention').map(({ clause, reference }) => {
    const { period: retention, countedIn, includesCurrentYear, keptBy, records } = clause.params
    const key = clause.id
    const name = `Keep ${records}`
    const until = period.endsOn ? retainUntil({ agreementEndsOn: period.endsOn, years: retention.amount, countedIn, includesCurrentYear, clause: reference }) : undefined
    return {
      key,
      category: 'records',
      name,
      ownerParty: ownerPartyOf(keptBy, parties),
      ownerDescription: keptBy,
      clauseId: clause.id,
      clause: reference,
      recurrence: 'once',
      dueRule: `kept for ${retention.amount} ${countedIn === 'financial_years' ? 'financial years' : 'years'} after the agreement ends`,
      instances: until ? [instance(key, name, { periodKey: 'retention', periodLabel: 'Retention period' }, until.date, until.basis)] : [],
    }
  })
}

interface InstancesOfOptions {
  key: string
  name: string
  rule: DueRule
  reference: string
  termNumbers?: TReport['terms']
  options: GenerateObligationsOptions
}

interface PeriodOf {
  periodKey: string
  periodLabel: string
}

function instancesOf({ key, name, rule, reference, termNumbers, options }: InstancesOfOptions): ObligationInstancePlan[] {
  const context: TimelineContext = options
  const { startsOn, recurringUntil } = options.period
  if (rule.kind === 'after_event') {
    // One event at a time, so each due date is known to belong to its event.
    return options.events.flatMap((event) =>
      dueDates(rule, reference, { ...context, events: [event] }).map((due) =>
        instance(key, name, { periodKey: `event:${event.id}`, periodLabel: `${eventWords(event)} ${formatDate(event.occurredOn)}` }, due.date, due.basis),
      ),
    )
  }
  if (!startsOn || !recurringUntil) return []
  if (rule.kind === 'termly') {
    // Each term on its own, so the term an instance is for is known; the rule itself is the engine's.
    const terms = options.termCalendar ? termsInOrder(options.termCalendar).filter((term) => term.end >= startsOn && term.end <= recurringUntil) : []
    return terms.flatMap((term) =>
      dueDates(rule, reference, { ...context, period: { startsOn: later(term.start, startsOn), recurringUntil: term.end } }, termNumbers).map((due) =>
        instance(key, name, { periodKey: `${term.academicYear}:${term.name}`, periodLabel: termName(term) }, due.date, due.basis),
      ),
    )
  }
  if (rule.kind === 'monthly') {
    return monthsBetween(startsOn, recurringUntil).flatMap((month) =>
      dueDates(rule, reference, { ...context, period: { startsOn: month, recurringUntil: month } }).map((due) =>
        instance(key, name, { periodKey: month.slice(0, 7), periodLabel: formatDate(month).split(' ').slice(1).join(' ') }, due.date, due.basis),
      ),
    )
  }
  return dueDates(rule, reference, context).map((due: DatedBasis) => {
    const year = academicYearLabel(due.date)
    return instance(key, name, { periodKey: year, periodLabel: year }, due.date, due.basis)
  })
}

function instance(obligationKey: string, name: string, { periodKey, periodLabel }: PeriodOf, dueOn: IsoDate, basis = ''): ObligationInstancePlan {
  return {
    key: `${obligationKey}@${periodKey}`,
    periodKey,
    periodLabel,
    dueOn,
    basis,
    title: `${name}, ${periodLabel}, due ${formatDate(dueOn)}`,
  }
}

/** The first day of each month from `from`'s month to `to`'s. */
function monthsBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const months: IsoDate[] = []
  for (let month = dateOf(yearOf(from), monthOf(from), 1); month <= to; month = plusMonths(month, 1)) months.push(month)
  return months
}

function later(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b
}

function recurrenceOf(rule: DueRule): ObligationRecurrence {
  switch (rule.kind) {
    case 'termly':
      return 'termly'
    case 'monthly':
      return 'monthly'
    case 'after_event':
      return 'on_event'
    default:
      return 'annual'
  }
}

const EVENT_LABELS: Record<AgreementEvent['type'], string> = {
  notice_served: 'Notice served',
  dispute_referred: 'Dispute referred',
  breach_reported: 'Breach reported',
  complaint_received: 'Complaint received',
  referral_received: 'Referral received',
  pupil_admitted: 'Pupil admitted',
}

function eventWords(event: AgreementEvent): string {
  return EVENT_LABELS[event.type]
}

function counterparty(parties: Party[]): Party | undefined {
  return parties.find((party) => party.role !== 'authority')
}

function counterpartyLabel(parties: Party[]): string {
  const party = counterparty(parties)
  return party ? party.definedAs ?? (party.name || 'The Provider') : 'The Provider'
}

/** The authority when the words name it ("KCC", "Kent County Council", "the Authority", "MIU");
 * otherwise the counterparty that delivers the service. */
export function ownerPartyOf(owner: string, parties: Party[]): string {
  const authority = parties.find((party) => party.role === 'authority')
  const namesAuthority =
    /\b(the )?(authority|council)\b/i.test(owner) ||
    AUTHORITY_UNITS.some((unit) => unit.test(owner)) ||
    (authority !== undefined && [authority.definedAs, authority.name].some((name) => name && new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').test(owner)))
  if (namesAuthority) return authority?.id ?? 'authority'
  return counterparty(parties)?.id ?? 'provider'
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The clause an obligation came from, for showing its wording beside the evidence. */
export function findClause(content: AgreementContent, clauseId: string): ClauseInstance | undefined {
  return content.sections.flatMap((section) => section.clauses).find((clause) => clause.id === clauseId)
}
