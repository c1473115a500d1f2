import { accessibleBy } from '@casl/mongoose'
import { clausesOfKind } from '#clauses/timeline/context'
import { NOT_RATED, ragRuleWords } from '#clauses/obligations/kpi-result'
import { isOverdue, type ReviewState } from '#clauses/obligations/status'
import { measureOf } from '#clauses/kpis'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { KpiReturn, kpiReturnFigure } from '#models/kpi-return'
import { listObligations, todayInLondon } from './list-obligations.server'

export type TGetAgreementKpisOptions = { actor: TActor; agreementId: string; today?: string }

export type TKpiPeriod = {
  periodKey: string
  periodLabel: string
  dueOn: string
  /** The period's "KPI report" obligations (one per KPI clause), which a complete return submits. */
  obligations: Array<{ obligationId: string; state: ReviewState; organisation: string; authority: string }>
  state: ReviewState
  overdue: boolean
}

/**
 * An agreement's KPI indicators (from its KPI clauses) with their measures and RAG rules, the periods
 * they are returned for (its "KPI report" obligations), the returns so far, and the period a return
 * form opens on: the latest one already due, or the first if none is due yet.
 */
export async function getAgreementKpis({ actor, agreementId, today = todayInLondon() }: TGetAgreementKpisOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  const series = agreement.originalAgreement ?? agreement._id
  const obligations = await listObligations({ actor, filters: { agreementId: String(series), category: 'kpi_return' }, today })
  const periods = new Map<string, TKpiPeriod>()
  for (const obligation of obligations) {
    const period = periods.get(obligation.periodKey) ?? { periodKey: obligation.periodKey, periodLabel: obligation.periodLabel, dueOn: obligation.dueOn, obligations: [], state: obligation.state, overdue: false }
    period.obligations.push({ obligationId: String(obligation._id), state: obligation.state, organisation: String(obligation.organisation), authority: String(obligation.authority) })
    period.overdue ||= isOverdue(obligation.state, obligation.dueOn, today)
    periods.set(obligation.periodKey, period)
  }
  let indicatorNumber = 0
  const indicators = clausesOfKind(agreement.content, 'kpis').flatMap(({ clause, reference }) =>
    clause.params.indicators.map((indicator) => {
      indicatorNumber += 1
      const ragRule = ragRuleWords(indicator, clause.params.ragBands)
      return {
        id: indicator.id,
        // "KPI 2.1" as Kent STLS Appendix 1 numbers them; Kent PRU's table is unnumbered, so its row.
        shortName: `KPI ${indicator.reference ?? indicatorNumber}`,
        label: indicator.reference ? `${indicator.reference} ${indicator.indicator}` : indicator.indicator,
        clause: reference,
        measure: measureOf(indicator),
        measuredAs: indicator.measuredAs,
        measuredBy: indicator.measure ?? indicator.measuringTool,
        ragRated: indicator.ragRated,
        targets: indicator.targets,
        expectedAnswer: indicator.expectedAnswer,
        ratingScale: indicator.ratingScale,
        ragBands: clause.params.ragBands,
        ragRule,
        /** The clause gives a rule to rate this indicator's figures by. */
        rated: ragRule !== NOT_RATED,
      }
    }),
  )
  const stored = await KpiReturn.find({ $and: [{ series }, accessibleBy(actor.ability, 'read').ofType('KpiReturn')] })
    .sort({ dueOn: 1 })
    .lean()
  const returns = stored.map((kpiReturn) => ({ ...kpiReturn, ...kpiReturnFigure(kpiReturn) }))
  const periodList = [...periods.values()]
  const canEnter = periodList.some((period) => period.obligations.some((obligation) => actor.ability.can('create', asSubject('KpiReturn', { _id: '', authority: obligation.authority, organisation: obligation.organisation }))))
  const due = periodList.filter((period) => period.dueOn <= today)
  const openPeriodKey = (due.at(-1) ?? periodList[0])?.periodKey
  return { agreement, indicators, periods: periodList, returns, canEnter, openPeriodKey }
}

export type TAgreementKpis = Awaited<ReturnType<typeof getAgreementKpis>>
export type TKpiIndicator = TAgreementKpis['indicators'][number]
