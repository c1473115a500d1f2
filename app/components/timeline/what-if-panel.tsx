import { Form } from '@remix-run/react'
import { NOTICE_METHOD_LABELS } from '#app/schemas/timeline'
import { formatDate, formatList } from '#clauses/calendar/format'
import type { TimelineEntry } from '#clauses/values'
import { type TFieldErrors, type TFormValues, DateInput, ErrorSummary, Radios, TextInput } from '#app/components/forms'

type TUndated = { key: string; label: string; clause: string; reason: string }

type TWhatIfPanelProps = {
  /** The query's values, dates as `YYYY-MM-DD` and as the boxes they were typed in. */
  values: TFormValues
  errors?: TFieldErrors
  entries: TimelineEntry[]
  /** What the what-if would set but cannot be dated, with the reason. */
  undated: TUndated[]
  hasNoticeClause: boolean
  hasDisputeClause: boolean
  /** Kept when the what-if is asked, so the view and `asOf` the reader chose stay as they were. */
  keep: Record<string, string>
}

const NOTICE_METHODS = Object.entries(NOTICE_METHOD_LABELS).map(([value, label]) => ({ value, label }))
const METHOD_WORDS: Record<string, string> = { post: 'by post', hand: 'by hand', email: 'by email', fax: 'by fax' }

/** "If notice is served on DATE by METHOD at TIME, it is deemed served on ... and termination takes effect on ...". Stores nothing. */
export function WhatIfPanel({ values, errors, entries, undated, hasNoticeClause, hasDisputeClause, keep }: TWhatIfPanelProps) {
  const method = String(values.noticeMethod ?? '')
  return (
    <section className="app-what-if" aria-labelledby="what-if-heading">
      <h2 className="govuk-heading-m" id="what-if-heading">
        What if
      </h2>
      <p className="govuk-body">Work out the dates a notice or a dispute would set. Nothing is recorded.</p>
      <ErrorSummary errors={errors} />
      <Form method="get" noValidate>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <DateInput name="noticeServedOn" legend="Notice served on" error={errors?.noticeServedOn} values={values} />
        <Radios name="noticeMethod" legend="Sent by" options={NOTICE_METHODS} error={errors?.noticeMethod} defaultValue={method} size="small" inline />
        <TextInput
          name="noticeTime"
          label="At (time, 24-hour clock)"
          hint="For example 16:30. Hand and fax delivery after the cut-off time count from the next business day."
          type="time"
          width="10"
          error={errors?.noticeTime}
          defaultValue={String(values.noticeTime ?? '')}
        />
        <DateInput name="disputeReferredOn" legend="Dispute referred on" error={errors?.disputeReferredOn} values={values} />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Work out the dates
        </button>
      </Form>
      {errors ? null : <WhatIfAnswer values={values} entries={entries} undated={undated} hasNoticeClause={hasNoticeClause} hasDisputeClause={hasDisputeClause} />}
    </section>
  )
}

type TWhatIfAnswerProps = Omit<TWhatIfPanelProps, 'errors' | 'keep'>

const withoutWhatIf = (label: string) => label.replace(/^What if: /, '')

function WhatIfAnswer({ values, entries, undated, hasNoticeClause, hasDisputeClause }: TWhatIfAnswerProps) {
  if (!values.noticeServedOn && !values.disputeReferredOn) return null
  const served = entries.find((entry) => entry.key === 'notice.deemed_served')
  const notServed = undated.find((item) => item.key === 'notice.deemed_served')
  const terminations = entries.filter((entry) => entry.key === 'termination.effective')
  const unworkable = undated.filter((item) => item.key === 'termination.effective')
  const stages = entries.filter((entry) => entry.key === 'dispute.stage_deadline')
  const stagesUnworkable = undated.filter((item) => item.key === 'dispute.stage_deadline')
  const time = values.noticeTime ? ` at ${values.noticeTime}` : ''
  const sending = `${formatDate(String(values.noticeServedOn))} ${METHOD_WORDS[String(values.noticeMethod ?? 'hand')]}${time}`
  return (
    <div className="govuk-inset-text app-what-if__answer" role="status" id="what-if-answer">
      {notServed ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" id="what-if-notice">
            If notice is sent on {sending}, it is not served.
          </p>
          <p className="govuk-body-s">{notServed.reason}.</p>
        </>
      ) : null}
      {served ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" id="what-if-notice">
            If notice is served on {sending}, it is deemed served on <time dateTime={served.date}>{formatDate(served.date)}</time>
            {terminations.length ? <> and {formatList(terminations.map((entry) => `${withoutWhatIf(entry.label).toLowerCase()} on ${formatDate(entry.date)}`))}</> : null}
            {!hasNoticeClause ? ', and the agreement has no clause ending it by notice' : ''}.
          </p>
          <ul className="govuk-list govuk-list--bullet govuk-body-s">
            {[served, ...terminations].map((entry) => (
              <li key={`${entry.key}-${entry.clause}-${entry.date}`}>{entry.basis}</li>
            ))}
            {unworkable.map((item) => (
              <li key={`${item.key}-${item.clause}`}>
                When {withoutWhatIf(item.label).toLowerCase()} under clause {item.clause} cannot be worked out: {item.reason}.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {values.disputeReferredOn ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" id="what-if-dispute">
            If a dispute is referred on {formatDate(String(values.disputeReferredOn))}:
          </p>
          {stages.length || stagesUnworkable.length ? (
            <ul className="govuk-list govuk-list--bullet govuk-body-s">
              {stages.map((entry) => (
                <li key={`${entry.clause}-${entry.label}-${entry.date}`}>
                  <time dateTime={entry.date}>{formatDate(entry.date)}</time>: {withoutWhatIf(entry.label)}. {entry.basis}
                </li>
              ))}
              {stagesUnworkable.map((item) => (
                <li key={`${item.clause}-${item.label}`}>
                  {withoutWhatIf(item.label)} cannot be worked out: {item.reason}.
                </li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body-s">
              {hasDisputeClause
                ? 'The dispute clause sets no time limits, so there are no stage deadlines.'
                : 'The agreement has no dispute resolution clause, so a referred dispute sets no deadlines under it.'}
            </p>
          )}
        </>
      ) : null}
    </div>
  )
}
