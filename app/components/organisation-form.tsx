import { AppForm, keptValue, Select, Textarea, TextInput, type TFieldErrors, type TFormValues } from './forms'
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS_LIST } from '#models/access/organisation-kinds'

export type TOrganisationFormDefaults = {
  name: string
  kind: string
  parentAuthority: string
  address: { lines: string[]; town: string; postcode: string; email: string }
}

type TOrganisationFormProps = {
  authorities: { id: string; name: string }[]
  defaults?: TOrganisationFormDefaults
  errors?: TFieldErrors
  values?: TFormValues
  submitLabel: string
}

/** Create and edit share one form; after a failed post the entered values win over the stored ones. */
export function OrganisationForm({ authorities, defaults, errors, values, submitLabel }: TOrganisationFormProps) {
  const value = (name: string, stored: string) => (values ? keptValue(values, name) : stored)
  return (
    <AppForm>
      <TextInput name="name" label="Name" error={errors?.name} defaultValue={value('name', defaults?.name ?? '')} />
      <Select
        name="kind"
        label="Kind of organisation"
        placeholder="Select the kind of organisation"
        error={errors?.kind}
        defaultValue={value('kind', defaults?.kind ?? '')}
        options={ORGANISATION_KINDS_LIST.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }))}
      />
      <Select
        name="parentAuthority"
        label="Local authority"
        hint="The authority that commissions this organisation. Leave empty for a local authority."
        placeholder="None (this is a local authority)"
        error={errors?.parentAuthority}
        defaultValue={value('parentAuthority', defaults?.parentAuthority ?? '')}
        options={authorities.map((authority) => ({ value: authority.id, label: authority.name }))}
      />
      <h2 className="govuk-heading-m">Address for notices</h2>
      <Textarea
        name="address.lines"
        label="Address"
        hint="One line per line of the address"
        rows={3}
        error={errors?.['address.lines']}
        defaultValue={value('address.lines', defaults?.address.lines.join('\n') ?? '')}
      />
      <TextInput name="address.town" label="Town or city" width="two-thirds" error={errors?.['address.town']} defaultValue={value('address.town', defaults?.address.town ?? '')} />
      <TextInput name="address.postcode" label="Postcode" width="10" error={errors?.['address.postcode']} defaultValue={value('address.postcode', defaults?.address.postcode ?? '')} />
      <TextInput
        name="address.email"
        label="Email address for notices"
        type="email"
        error={errors?.['address.email']}
        defaultValue={value('address.email', defaults?.address.email ?? '')}
      />
      <button type="submit" className="govuk-button">
        {submitLabel}
      </button>
    </AppForm>
  )
}
