import { linkParties, partyLinkOptions } from '#app/services/agreements/link-parties.server'
import { findPlaceholder, listRequiredBlanks, type AgreementContent } from '#clauses/agreement-content'
import { plusDays, plusYears } from '#clauses/calendar/dates'
import type { IsoDate } from '#clauses/values'
import { termDatesOf } from '#models/agreement-clauses'
import { Agreement, historyEntry, partiesOf, type TAgreementStatus } from '#models/agreement'
import { Organisation } from '#models/organisation'
import { getTemplate } from '#templates/registry'
import { type TSeedContext } from './seed.server'

type TDemoAgreement = {
  reference: string
  template: string
  authorityKey: string
  counterpartyKeys: string[]
  memberSchoolKeys?: string[]
  commencesOn: IsoDate
  endsOn: IsoDate
  status: TAgreementStatus
  /** Values for the template's required blanks, by field name ("totalAmount"). */
  blanks?: Record<string, unknown>
  /** What a placeholder in the template's wording stands for here ("<Insert Partnership Name>"). */
  placeholderText?: string
  /** Values for the agreement's details, by key (a SEIP partnership's name and Chair in Schedule 2). */
  details?: Record<string, string>
  /** A later version (a renewal) of the agreement with the same reference; 1 unless given. */
  version?: number
}

function today(): IsoDate {
  return new Date().toISOString().slice(0, 10)
}

/** One agreement per template for the demo authorities, in the states a commissioner meets: in
 * force, expiring within 90 days, a draft, and a renewal in legal review. */
function demoAgreements(): TDemoAgreement[] {
  // Southend's runs out 60 days from the day the seed runs, so the demo always has one expiring.
  const southendEnds = plusDays(today(), 60)
  return [
    { reference: 'KCC-PRU-2025-001', template: 'kent-pru-sla', authorityKey: 'kent', counterpartyKeys: ['kent-pru'], commencesOn: '2025-09-01', endsOn: '2028-08-31', status: 'active' },
    {
      reference: 'KCC-STLS-2026-001',
      template: 'kent-stls',
      authorityKey: 'kent',
      counterpartyKeys: ['kent-stls-host'],
      commencesOn: '2026-04-01',
      endsOn: '2029-03-31',
      status: 'active',
      // Kent STLS clause 1.2 and 12.1 leave the funding and its period blank.
      blanks: { totalAmount: 48_500_000, fundingPeriod: '1 April 2026 to 31 March 2029' },
      // The district the service covers (clause 1.1 leaves it to the agreement); a demo choice.
      details: { district: 'Maidstone' },
    },
    {
      reference: 'SCC-AP-2025-001',
      template: 'southend-ap-pathways',
      authorityKey: 'southend',
      counterpartyKeys: ['parallel-learning-trust'],
      commencesOn: plusDays(plusYears(southendEnds, -2), 1),
      endsOn: southendEnds,
      status: 'expiring',
    },
    {
      reference: 'LCC-SEIP-2025-001',
      template: 'leicestershire-seip',
      authorityKey: 'leicestershire',
      counterpartyKeys: ['seip-lead'],
      memberSchoolKeys: ['seip-member-ashfield', 'seip-member-croft', 'seip-member-thornton'],
      commencesOn: '2025-09-01',
      endsOn: '2028-08-31',
      status: 'active',
      placeholderText: 'Hinckley and Bosworth',
      // Schedule 2's details: the demo partnership and its demo schools, people and contacts.
      details: {
        partnershipArea: 'Hinckley and Bosworth',
        partnershipName: 'Hinckley and Bosworth SEIP',
        partnershipSchools: 'Brookvale Academy, Ashfield Primary School, Croft Meadow Primary School and Thornton Green Academy (demo schools)',
        chairName: 'Dana Demo',
        chairTitle: 'Headteacher of Brookvale Academy (demo)',
        coordinatorName: 'Sam Demo',
        partnershipAddress: 'c/o Brookvale Academy, Brookvale Road, Hinckley LE10 1AA',
        partnershipContacts: 'seip@brookvale.example',
        progressReviewArrangements: 'Demo arrangements: each pupil’s programme is reviewed with the referring school every half term.',
        partnershipTeam: 'Demo team: a Co-ordinator, two Key Workers and an administrator',
      },
    },
    {
      reference: 'LCC-SEIP-MOU-2025-001',
      template: 'leicestershire-seip-mou',
      authorityKey: 'leicestershire',
      counterpartyKeys: ['seip-lead'],
      memberSchoolKeys: ['seip-member-ashfield', 'seip-member-croft', 'seip-member-thornton'],
      commencesOn: '2025-09-01',
      endsOn: '2028-08-31',
      status: 'active',
      details: { partnershipArea: 'Hinckley and Bosworth' },
    },
    {
      reference: 'NCC-DF-2026-001',
      template: 'nottingham-devolved-funding',
      authorityKey: 'nottingham',
      counterpartyKeys: ['trinity'],
      commencesOn: '2026-04-01',
      endsOn: '2027-03-31',
      status: 'active',
      blanks: { totalAmount: 12_000_000 },
    },
    {
      reference: 'NCC-DF-2026-001',
      version: 2,
      template: 'nottingham-devolved-funding',
      authorityKey: 'nottingham',
      counterpartyKeys: ['trinity'],
      commencesOn: '2027-04-01',
      endsOn: '2028-03-31',
      status: 'in_legal_review',
      blanks: { totalAmount: 12_600_000 },
    },
    { reference: 'KCC-PRU-2027-001', template: 'kent-pru-sla', authorityKey: 'kent', counterpartyKeys: ['kent-pru'], commencesOn: '2027-09-01', endsOn: '2030-08-31', status: 'draft' },
  ]
}

/** `npm run seed`: the demo agreements. Each is created only if its reference and version are new. */
export async function seedDemoAgreements(context: TSeedContext) {
  for (const demo of demoAgreements()) {
    const version = demo.version ?? 1
    if (await Agreement.exists({ reference: demo.reference, version })) continue
    const previous = version > 1 ? await Agreement.findOne({ reference: demo.reference, version: version - 1 }).lean() : null
    const template = getTemplate(demo.template)
    const authority = await Organisation.findById(context.organisationIds.get(demo.authorityKey)).lean()
    if (!template || !authority) continue
    const organisations = async (keys: string[] = []) => {
      const ids = keys.flatMap((key) => context.organisationIds.get(key) ?? [])
      const found = await Organisation.find({ _id: { $in: ids } }).lean()
      // In the demo's order: the first member school fills the template's member-school party.
      return ids.flatMap((id) => found.filter((organisation) => String(organisation._id) === id))
    }
    const counterparties = await organisations(demo.counterpartyKeys)
    const memberSchools = await organisations(demo.memberSchoolKeys)
    const built = template.build({ commencesOn: demo.commencesOn, endsOn: demo.endsOn })
    const partyDetails = linkParties(built.parties, authority, counterparties, memberSchools, partyLinkOptions(template, authority.name, built.content))
    const content = fillBlanks(built.content, demo, (draft) => listRequiredBlanks({ parties: partiesOf({ partyDetails }), content: draft }))
    const agreement = new Agreement({
      reference: demo.reference,
      title: built.title,
      template: template.key,
      authority: authority._id,
      parties: counterparties.map((organisation) => organisation._id),
      memberSchools: memberSchools.map((organisation) => organisation._id),
      partyDetails,
      status: demo.status,
      version,
      previousVersion: previous?._id ?? null,
      content,
      // A memorandum without a term clause (the SEIP MOU) runs alongside its partnership agreement.
      commencesOn: termDatesOf(content).commencesOn ?? demo.commencesOn,
      endsOn: termDatesOf(content).endsOn ?? demo.endsOn,
      termCalendar: String(authority._id),
      review: { comments: [], submittedAt: demo.status === 'in_legal_review' ? new Date() : null, decidedAt: null },
      history: [historyEntry(null, 'agreement.seeded', `Demo agreement created ${demo.status === 'draft' ? 'as a draft' : `with the status ${demo.status.replace(/_/g, ' ')}`}`, { toStatus: demo.status })],
    })
    agreement.originalAgreement = previous?.originalAgreement ?? agreement._id
    await agreement.save()
  }
}

/** Fills the template's blanks the way a drafter would: required values from the demo, placeholders
 * in the wording replaced, and hand-edited wording that only repeated a blank value dropped so the
 * words are generated from the filled values. */
function fillBlanks(content: AgreementContent, demo: TDemoAgreement, blanksOf: (content: AgreementContent) => { path: string }[]): AgreementContent {
  const filled = structuredClone(content) as unknown as Record<string, unknown>
  for (const { path } of blanksOf(content)) {
    if (!path.startsWith('content.')) continue
    const segments = path.split('.').slice(1)
    const field = segments.at(-1) ?? ''
    const parent = segments.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, filled)
    const current = parent[field]
    const detailKey = segments[0] === 'details' ? (parent as { key?: string }).key : undefined
    if (field === 'text' && segments.at(-3) === 'clauses') {
      delete parent[field]
    } else if (detailKey && demo.details?.[detailKey]) {
      parent[field] = demo.details[detailKey]
    } else if (typeof current === 'string' && demo.placeholderText) {
      parent[field] = replacePlaceholders(current, demo.placeholderText)
    } else if (field === 'endsOn') {
      parent[field] = demo.endsOn
    } else if (demo.blanks && field in demo.blanks) {
      parent[field] = demo.blanks[field]
    }
  }
  return filled as unknown as AgreementContent
}

function replacePlaceholders(text: string, replacement: string): string {
  let replaced = text
  for (let placeholder = findPlaceholder(replaced); placeholder; placeholder = findPlaceholder(replaced)) {
    replaced = replaced.replace(placeholder, replacement)
  }
  return replaced
}
