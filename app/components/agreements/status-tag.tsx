import { AGREEMENT_STATUS_LABELS, type TAgreementStatus } from '#models/agreement-lifecycle'

const TAG_COLOURS: Record<TAgreementStatus, string> = {
  draft: 'govuk-tag--grey',
  in_legal_review: 'govuk-tag--purple',
  approved: 'govuk-tag--turquoise',
  out_for_signature: 'govuk-tag--blue',
  active: 'govuk-tag--green',
  expiring: 'govuk-tag--orange',
  expired: 'govuk-tag--red',
  terminated: 'govuk-tag--red',
  superseded: 'govuk-tag--grey',
}

export function StatusTag({ status }: { status: TAgreementStatus }) {
  return <strong className={`govuk-tag ${TAG_COLOURS[status]}`}>{AGREEMENT_STATUS_LABELS[status]}</strong>
}
