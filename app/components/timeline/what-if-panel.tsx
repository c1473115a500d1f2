import { Form } from '@remix-run/react'
import { NOTICE_METHOD_LABELS } from '#app/schemas/timeline'
import { formatDate, formatList } from '#clauses/calendar/format'
import type { TimelineEntry } from '#clauses/values'
import { type TFieldErrors, type TFormValues, DateInput, ErrorSummary, Radios, TextInput } from '#app/components/forms'

type TWhatIfPanelProps = {
  /** The query's values, dates as `YYYY-MM-DD` and as the boxes they were typed in. */
  values: TFormValues
  errors?: TFieldErrors
  entries: TimelineEntry[]
  /** Kept when the what-if is asked, so the view and `asOf` the reader chose stay as they were. */
  keep: Record<string, string>
}

const NOTICE_METHODS = Object.entries(NOTICE_METHOD_LABELS).map(([value, label]) => ({ value, label }))
const METHOD_WORDS: Record<string, string> = { post: 'by post', hand: 'by hand', email: 'by email', fax: 'by fax' }

/** "If notice is served on DATE by METHOD at TIME, it is deemed served on ... and termination takes effect on ...". Stores nothing. */
export function WhatIfPanel({ values, errors, entries, keep }: TWhatIfPanelProps) {
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
      {errors ? null : <WhatIfAnswer values={values} entries={entries} />}
    </section>
  )
}

function WhatIfAnswer({ values, entries }: { values: TFormValues; entries: TimelineEntry[] }) {
  if (entries.length === 0 && !values.disputeReferredOn) return null
  const served = entries.find((entry) => entry.key === 'notice.deemed_served')
  const terminations = entries.filter((entry) => entry.key === 'termination.effective')
  const stages = entries.filter((entry) => entry.key === 'dispute.stage_deadline')
  const time = values.noticeTime ? ` at ${values.noticeTime}` : ''
  return (
    <div className="govuk-inset-text app-what-if__answer" role="status" id="what-if-answer">
      {served ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" id="what-if-notice">
            If notice is served on {formatDate(String(values.noticeServedOn))} {METHOD_WORDS[String(values.noticeMethod ?? 'hand')]}
            {time}, it is deemed served on <time dateTime={served.date}>{formatDate(served.date)}</time>
            {terminations.length ? (
              <>
                {' '}and{' '}
                {formatList(terminations.map((entry) => `${entry.label.replace(/^What if: /, '').toLowerCase()} on ${formatDate(entry.date)}`))}
              </>
            ) : (
              ', and the agreement has no clause ending it by notice'
            )}
            .
          </p>
          <ul className="govuk-list govuk-list--bullet govuk-body-s">
            {[served, ...terminations].map((entry) => (
              <li key={`${entry.key}-${entry.clause}-${entry.date}`}>{entry.basis}</li>
            ))}
          </ul>
        </>
      ) : null}
      {values.disputeReferredOn ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" id="what-if-dispute">
            If a dispute is referred on {formatDate(String(values.disputeReferredOn))}:
          </p>
          {stages.length ? (
            <ul className="govuk-list govuk-list--bullet govuk-body-s">
              {stages.map((entry) => (
                <li key={`${entry.clause}-${entry.label}-${entry.date}`}>
                  <time dateTime={entry.date}>{formatDate(entry.date)}</time>: {entry.label.replace(/^What if: /, '')}. {entry.basis}
                </li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body-s">The dispute clause sets no time limits, so there are no stage deadlines.</p>
          )}
        </>
      ) : null}
    </div>
  )
}
