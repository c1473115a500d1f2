import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useParams } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, keptValue, Textarea } from '#app/components/forms'
import { SignatureForm } from '#app/components/signing/signature-form'
import { declineSigning } from '#app/services/signing/decline-signing.server'
import { UnusableSigningLink } from '#app/components/signing/unusable-signing-link'
import { unusableSigningLink } from '#app/services/signing/find-signing-link.server'
import { getSigningLink } from '#app/services/signing/get-signing-link.server'
import { signAgreement } from '#app/services/signing/sign-agreement.server'
import { type TFieldErrors } from '#app/utils/app-error'
import { readCheckedForm } from '#app/utils/csrf.server'
import { clientAddress } from '#app/utils/request.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

type TSigningLinkView = Awaited<ReturnType<typeof getSigningLink>>

export const meta: MetaFunction = () => [{ title: 'Sign an agreement - SLA Register' }, { name: 'robots', content: 'noindex' }]

/** Public: a signatory without an account signs through a single-use, expiring link. */
export async function loader({ params }: LoaderFunctionArgs) {
  const headers = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' }
  return withPageErrors(async () => {
    try {
      return json({ link: await getSigningLink({ token: params.token ?? '' }), unusable: null }, { headers })
    } catch (error) {
      // A used or expired link gets its own page saying what happened and whom to ask, as 410 Gone.
      const unusable = unusableSigningLink(error)
      if (!unusable) throw error
      return json({ link: null, unusable }, { status: 410, headers })
    }
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const input = formToObject(formData)
    if (input.intent === 'decline') {
      await declineSigning({ signingLinkToken: params.token ?? '', input })
      return redirect('/sign/declined')
    }
    await signAgreement({ signingLinkToken: params.token ?? '', input, client: { ip: clientAddress(request), userAgent: request.headers.get('user-agent') ?? '' } })
    return redirect('/sign/signed')
  } catch (error) {
    // The page is drawn again from the loader, which explains the used link.
    if (unusableSigningLink(error)) return json({ ok: false as const, formError: '', fieldErrors: {}, values: {} }, { status: 410 })
    return formFailure(error, formData)
  }
}

export default function SignByLink() {
  const { link, unusable } = useLoaderData<typeof loader>()
  if (unusable) return <UnusableSigningLink link={unusable} />
  return link ? <SigningLinkForm {...link} /> : null
}

function SigningLinkForm({ agreement, signatory, documentSha256 }: TSigningLinkView) {
  const actionData = useActionData<typeof action>()
  const { token } = useParams()
  const errors: TFieldErrors = actionData?.fieldErrors ?? {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {actionData?.formError && Object.keys(errors).length === 0 ? (
          <div className="govuk-error-summary" role="alert">
            <p className="govuk-body">{actionData.formError}</p>
          </div>
        ) : null}
        <span className="govuk-caption-l">
          {agreement.reference}, version {agreement.version}
        </span>
        <h1 className="govuk-heading-l">Sign {agreement.title}</h1>
        <p className="govuk-body">
          You sign as {signatory.role} for {signatory.organisationName}.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/sign/${token}/document.pdf`}>
            Read the document to sign (PDF)
          </a>
          <span className="govuk-body-s govuk-!-display-block">SHA-256: <code>{documentSha256}</code></span>
        </p>
        <SignatureForm
          intent="sign"
          documentSha256={documentSha256}
          organisationName={signatory.organisationName}
          errors={errors}
          kept={{
            name: keptValue(actionData?.values, 'name') || signatory.name,
            title: keptValue(actionData?.values, 'title'),
            method: keptValue(actionData?.values, 'method'),
            drawnSignature: keptValue(actionData?.values, 'drawnSignature'),
          }}
        />
        <h2 className="govuk-heading-m">Decline to sign</h2>
        <AppForm>
          <input type="hidden" name="intent" value="decline" />
          <Textarea
            name="reason"
            label="Why are you declining to sign?"
            hint="The agreement goes back to draft for the commissioner, and this link stops working."
            error={errors.reason}
            defaultValue={keptValue(actionData?.values, 'reason')}
            rows={3}
          />
          <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
            Decline to sign
          </button>
        </AppForm>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
