import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { KpiTrendChart } from '#app/components/compliance/kpi-trend-chart'
import { RagTag } from '#app/components/compliance/state-tag'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, Select, TextInput } from '#app/components/forms'
import { getAgreementKpis, saveKpiReturn } from '#app/services/compliance/kpis.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'KPI returns - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const { agreement, indicators, periods, returns, canEnter } = await getAgreementKpis({ actor, agreementId: params.agreementId ?? '' })
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference },
      canEnter,
      periods: periods.map(({ obligationId, periodLabel, dueOn }) => ({ obligationId, periodLabel, dueOn })),
      indicators: indicators.map((indicator) => ({
        id: indicator.id,
        label: indicator.label,
        clause: indicator.clause,
        greenFrom: indicator.ragRated ? indicator.ragBands?.greenFrom : undefined,
        amberFrom: indicator.ragRated ? indicator.ragBands?.amberFrom : undefined,
        returns: returns
          .filter((kpiReturn) => kpiReturn.indicatorId === indicator.id)
          .map(({ periodLabel, numerator, denominator, percentage, rag, ratedBy }) => ({ periodLabel, numerator, denominator, percentage, rag, ratedBy })),
      })),
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    await saveKpiReturn({ actor, agreementId: params.agreementId ?? '', input: formToObject(formData) })
    return redirect(`/agreements/${params.agreementId}/kpis`)
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function AgreementKpis() {
  const { agreement, canEnter, periods, indicators } = useLoaderData<typeof loader>()
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
      {canEnter && periods.length > 0 ? (
        <AppForm>
          <h2 className="govuk-heading-m">Enter figures</h2>
          <Select name="obligationId" label="Period" options={periods.map((period) => ({ value: period.obligationId, label: period.periodLabel }))} error={errors?.obligationId} />
          <Select name="indicatorId" label="Indicator" options={indicators.map((indicator) => ({ value: indicator.id, label: indicator.label }))} error={errors?.indicatorId} />
          <TextInput name="numerator" label="Numerator" hint="How many met the measure" width="10" error={errors?.numerator} />
          <TextInput name="denominator" label="Denominator" hint="How many there were in all" width="10" error={errors?.denominator} />
          <button type="submit" className="govuk-button">
            Save figures
          </button>
        </AppForm>
      ) : null}
      {indicators.map((indicator, index) => (
        <section key={indicator.id} aria-labelledby={`indicator-${index}`} className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-s" id={`indicator-${index}`}>
            {indicator.label}
          </h2>
          <KpiTrendChart id={`chart-${index}`} title={`Trend: ${indicator.label}`} points={indicator.returns} greenFrom={indicator.greenFrom} amberFrom={indicator.amberFrom} />
          {indicator.returns.length > 0 ? (
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">Figures by period</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Period</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Figures</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Percentage</th>
                  <th scope="col" className="govuk-table__header">RAG</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {indicator.returns.map((kpiReturn) => (
                  <tr key={kpiReturn.periodLabel} className="govuk-table__row">
                    <td className="govuk-table__cell">{kpiReturn.periodLabel}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      {kpiReturn.numerator} of {kpiReturn.denominator}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{kpiReturn.percentage}%</td>
                    <td className="govuk-table__cell">
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
