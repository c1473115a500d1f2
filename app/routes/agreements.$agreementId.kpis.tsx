import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { formatDate } from '#clauses/calendar/format'
import { KpiTrendChart } from '#app/components/compliance/kpi-trend-chart'
import { KpiFigureInputs } from '#app/components/compliance/kpi-figure-inputs'
import { ObligationStateTag, RagTag } from '#app/components/compliance/state-tag'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, Select } from '#app/components/forms'
import { getAgreementKpis } from '#app/services/compliance/kpis.server'
import { saveKpiReturn } from '#app/services/compliance/save-kpi-return.server'
import { requireUser } from '#app/utils/auth.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { kpiReturnFromForm } from '#app/utils/kpi-return-form'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'KPI returns - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const { agreement, indicators, periods, returns, canEnter, openPeriodKey } = await getAgreementKpis({ actor, agreementId: params.agreementId ?? '' })
    const asked = new URL(request.url).searchParams.get('period')
    const period = periods.find((candidate) => candidate.periodKey === asked) ?? periods.find((candidate) => candidate.periodKey === openPeriodKey)
    const inPeriod = returns.filter((kpiReturn) => kpiReturn.periodKey === period?.periodKey)
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference },
      canEnter,
      periods: periods.map(({ periodKey, periodLabel, dueOn }) => ({ periodKey, periodLabel, dueOn })),
      period: period ? { key: period.periodKey, label: period.periodLabel, dueOn: period.dueOn, state: period.state, overdue: period.overdue, entered: inPeriod.length } : null,
      indicators: indicators.map((indicator) => {
        const saved = inPeriod.find((kpiReturn) => kpiReturn.indicatorId === indicator.id)
        return {
          id: indicator.id,
          label: indicator.label,
          measure: indicator.measure,
          ratingScale: indicator.ratingScale,
          hint: [indicator.measuredBy, indicator.rated ? indicator.ragRule : ''].filter(Boolean).join('. '),
          saved: saved ? { numerator: saved.numerator, denominator: saved.denominator, count: saved.count, answer: saved.answer, rating: saved.rating, pence: saved.pence } : null,
          greenFrom: indicator.ragRated ? indicator.ragBands?.greenFrom : undefined,
          amberFrom: indicator.ragRated ? indicator.ragBands?.amberFrom : undefined,
          returns: returns
            .filter((kpiReturn) => kpiReturn.indicatorId === indicator.id)
            .map((kpiReturn) => ({ periodLabel: kpiReturn.periodLabel, rag: kpiReturn.rag, ratedBy: kpiReturn.ratedBy, measure: kpiReturn.measure, value: kpiReturn.value, shown: kpiReturn.shown })),
        }
      }),
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const saved = await saveKpiReturn({ actor, agreementId: params.agreementId ?? '', input: kpiReturnFromForm(formToObject(formData)) })
    const outcome = saved.submitted ? 'The return is complete and the KPI report is submitted for review.' : saved.complete ? 'The return is complete.' : `${saved.missing.length} indicators still to enter.`
    return redirectWithBanner(request, `/agreements/${params.agreementId}/kpis?period=${encodeURIComponent(saved.period.key)}`, `KPI figures for ${saved.period.label} saved. ${outcome}`)
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function AgreementKpis() {
  const { agreement, canEnter, periods, period, indicators } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  return (
    <>
      <Link to={`/agreements/${agreement.id}/obligations`} className="govuk-back-link">
        Back to obligations
      </Link>
      <span className="govuk-caption-l">{agreement.reference}</span>
      <h1 className="govuk-heading-l">KPI returns</h1>
      <ErrorSummary errors={errors} />
      {actionData?.formError && !errors ? <p className="govuk-error-message">{actionData.formError}</p> : null}
      {canEnter && period ? (
        <>
          <Form method="get">
            <Select name="period" label="Period" defaultValue={period.key} options={periods.map((option) => ({ value: option.periodKey, label: `${option.periodLabel}, due ${formatDate(option.dueOn)}` }))} />
            <button type="submit" className="govuk-button govuk-button--secondary">
              Show period
            </button>
          </Form>
          <h2 className="govuk-heading-m">Return for {period.label}</h2>
          <p className="govuk-body">
            Due {formatDate(period.dueOn)}. <ObligationStateTag state={period.state} overdue={period.overdue} /> {period.entered} of {indicators.length} indicators entered.
          </p>
          <AppForm key={period.key}>
            <input type="hidden" name="period" value={period.key} />
            {indicators.map((indicator) => (
              <KpiFigureInputs key={indicator.id} indicator={indicator} errors={errors} values={actionData?.values} />
            ))}
            <button type="submit" className="govuk-button">
              Save return
            </button>
          </AppForm>
        </>
      ) : null}
      <h2 className="govuk-heading-m">Trends</h2>
      {indicators.map((indicator, index) => (
        <section key={indicator.id} aria-labelledby={`indicator-${index}`} className="govuk-!-margin-bottom-8">
          <h3 className="govuk-heading-s" id={`indicator-${index}`}>
            {indicator.label}
          </h3>
          <KpiTrendChart id={`chart-${index}`} title={`Trend: ${indicator.label}`} measure={indicator.measure} ratingScale={indicator.ratingScale} points={indicator.returns} greenFrom={indicator.greenFrom} amberFrom={indicator.amberFrom} />
          {indicator.returns.length > 0 ? (
            <table className="govuk-table app-table--stack">
              <caption className="govuk-table__caption govuk-table__caption--s">Figures by period</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Period</th>
                  <th scope="col" className="govuk-table__header">Figure</th>
                  <th scope="col" className="govuk-table__header">RAG</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {indicator.returns.map((kpiReturn) => (
                  <tr key={kpiReturn.periodLabel} className="govuk-table__row">
                    <td className="govuk-table__cell" data-label="Period">{kpiReturn.periodLabel}</td>
                    <td className="govuk-table__cell" data-label="Figure">{kpiReturn.shown}</td>
                    <td className="govuk-table__cell" data-label="RAG">
                      <RagTag rag={kpiReturn.rag} /> <span className="govuk-body-s">{kpiReturn.ratedBy}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ))}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
