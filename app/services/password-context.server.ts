import { isProduction } from '#app/utils/env.server'
import { type TPasswordContext } from '#app/utils/password-policy.server'
import { Organisation } from '#models/organisation'

type TPerson = {
  name: string
  email: string
  memberships: { organisation: { toString(): string }; authority: { toString(): string } }[]
}

/** What a guesser knows about a person choosing a password: their name, email and organisations' names. */
export async function passwordContextFor({ name, email, memberships }: TPerson): Promise<TPasswordContext> {
  const organisationIds = memberships.flatMap((membership) => [String(membership.organisation), String(membership.authority)])
  const organisations = await Organisation.find({ _id: { $in: organisationIds } }, { name: 1 }).lean()
  return { personal: [name, email, ...organisations.map((organisation) => organisation.name)], production: isProduction() }
}
