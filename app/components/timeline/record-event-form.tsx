import { EVENT_TYPE_LABELS, NOTICE_METHOD_LABELS } from '#app/schemas/timeline'
import { AppForm, DateInput, ErrorSummary, keptValue, Select, Textarea, TextInput, type TFieldErrors, type TFormValues } from '#app/components/forms'

type TRecordEventFormProps = {
  errors?: TFieldErrors
  values?: TFormValues
  /** The termination clauses a notice can be served under. */
  noticeClauses: Array<{ id: string; reference: string; heading: string }>
}

/** Records what happened (a notice served, a dispute referred...); its deadlines then join the timeline. */
export function RecordEventForm({ errors, values, noticeClauses }: TRecordEventFormProps) {
  return (
    <section aria-labelledby="record-event-heading">
      <h2 className="govuk-heading-m" id="record-event-heading">
        Record an event
      </h2>
      <p className="govuk-body">Record a notice served or a dispute referred, and its deadlines are added to this timeline.</p>
      <ErrorSummary errors={errors} />
      <AppForm>
        <input type="hidden" name="intent" value="record-event" />
        <Select
          name="type"
          label="What happened"
          placeholder="Select what happened"
          options={Object.entries(EVENT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
          error={errors?.type}
          defaultValue={keptValue(values, 'type')}
        />
        <DateInput name="occurredOn" legend="Date it happened" error={errors?.occurredOn} values={values} />
        <Select
          name="method"
          label="How a notice was sent"
          hint="Only for a notice served"
          placeholder="Not a notice"
          options={Object.entries(NOTICE_METHOD_LABELS).map(([value, label]) => ({ value, label }))}
          error={errors?.method}
          defaultValue={keptValue(values, 'method')}
        />
        {noticeClauses.length > 1 ? (
          <Select
            name="clauseId"
            label="Clause the notice was served under"
            hint="Only for a notice served. Unstated, the timeline shows when it would take effect under each clause."
            placeholder="Not stated"
            options={noticeClauses.map((clause) => ({ value: clause.id, label: clause.heading ? `Clause ${clause.reference}: ${clause.heading}` : `Clause ${clause.reference}` }))}
            error={errors?.clauseId}
            defaultValue={keptValue(values, 'clauseId')}
          />
        ) : null}
        <TextInput name="time" label="Time (24-hour clock)" hint="For example 16:30" type="time" width="10" error={errors?.time} defaultValue={keptValue(values, 'time')} />
        <Textarea name="notes" label="Notes" rows={3} error={errors?.notes} defaultValue={keptValue(values, 'notes')} />
        <button type="submit" className="govuk-button">
          Record event
        </button>
      </AppForm>
    </section>
  )
}
