import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, keptValue, TextInput } from '#app/components/forms'
import { createApiToken } from '#app/services/create-api-token.server'
import { listApiTokens } from '#app/services/list-api-tokens.server'
import { revokeApiToken } from '#app/services/revoke-api-token.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formatDate } from '#app/utils/dates'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'API tokens - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const tokens = await listApiTokens({ actor })
    return json({
      tokens: tokens.map((token) => ({
        id: String(token._id),
        name: token.name,
        prefix: token.prefix,
        createdOn: formatDate(token.createdAt),
        lastUsedOn: token.lastUsedAt ? formatDate(token.lastUsedAt) : 'Never',
        revokedOn: token.revokedAt ? formatDate(token.revokedAt) : null,
      })),
    })
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const values = formToObject(formData)
    if (values.intent === 'revoke') {
      await revokeApiToken({ actor, tokenId: String(values.tokenId ?? '') })
      return json({ ok: true as const, created: null })
    }
    const { token, apiToken } = await createApiToken({ actor, input: values })
    return json({ ok: true as const, created: { token, name: apiToken.name } })
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function Tokens() {
  const { tokens } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const failed = actionData && !actionData.ok ? actionData : undefined
  const created = actionData?.ok ? actionData.created : null
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary errors={failed?.fieldErrors} />
        <h1 className="govuk-heading-l">API tokens</h1>
        <p className="govuk-body">
          A token lets your own systems read from the API at <code>/api/v1</code> as you, with your permissions. Send it
          in the header <code>Authorization: Bearer &lt;token&gt;</code>.
        </p>
        {created ? (
          <div className="govuk-panel govuk-panel--confirmation app-token-panel" role="status">
            <h2 className="govuk-panel__title">Token “{created.name}” created</h2>
            <div className="govuk-panel__body">
              <p className="app-token">{created.token}</p>
              <p className="app-token-panel__warning">Copy it now. It will not be shown again.</p>
            </div>
          </div>
        ) : null}
        <AppForm>
          <input type="hidden" name="intent" value="create" />
          <TextInput
            name="name"
            label="Token name"
            hint="Say what will use it, for example “Finance system”"
            width="two-thirds"
            error={failed?.fieldErrors.name}
            defaultValue={keptValue(failed?.values, 'name')}
          />
          <button type="submit" className="govuk-button">
            Create token
          </button>
        </AppForm>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Your tokens</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Starts with</th>
              <th scope="col" className="govuk-table__header">Created</th>
              <th scope="col" className="govuk-table__header">Last used</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {tokens.length === 0 ? (
              <tr className="govuk-table__row">
                <td className="govuk-table__cell" colSpan={5}>
                  You have no API tokens.
                </td>
              </tr>
            ) : null}
            {tokens.map((token) => (
              <tr className="govuk-table__row" key={token.id}>
                <td className="govuk-table__cell">{token.name}</td>
                <td className="govuk-table__cell">
                  <code>{token.prefix}…</code>
                </td>
                <td className="govuk-table__cell">{token.createdOn}</td>
                <td className="govuk-table__cell">{token.lastUsedOn}</td>
                <td className="govuk-table__cell">
                  {token.revokedOn ? (
                    `Revoked on ${token.revokedOn}`
                  ) : (
                    <AppForm className="app-inline-form">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="tokenId" value={token.id} />
                      <button type="submit" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0">
                        Revoke<span className="govuk-visually-hidden"> {token.name}</span>
                      </button>
                    </AppForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
