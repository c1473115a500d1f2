// A Leicestershire SEIP agreement or memorandum drafted for one of Schedule 2 Appendix A's partnership
// areas: the partnership is named and its schools listed from the appendix, a member school the
// commissioner chose joins as the Appendix A school of the same name, and an area the appendix does
// not list (or a template not made for one) is refused by name.
import { createAgreement } from '#app/services/agreements/create-agreement.server'
import { type TActor } from '#app/utils/actor.server'
import { Organisation } from '#models/organisation'
import { demoActor, useSeededDatabase } from '#test/compliance/support/demo-data'

let commissioner: TActor
let leadSchool: string
let memberSchool: string

useSeededDatabase()

beforeAll(async () => {
  commissioner = await demoActor('commissioner@leicestershire.example')
  const brookvale = await Organisation.findOne({ name: /^Brookvale Academy/ }).lean()
  leadSchool = String(brookvale?._id)
  // A member school registered under the name Appendix A gives it (North Charnwood's first school).
  const castleDonington = await Organisation.create({ name: 'Castle Donington College', kind: 'school', parentAuthority: brookvale?.parentAuthority })
  memberSchool = String(castleDonington._id)
})

describe('drafting for a partnership area', () => {
  test('the SEIP agreement names the area and partnership, lists its schools and makes each a member school, linking the one registered', async () => {
    const draft = await createAgreement({ actor: commissioner, input: { template: 'leicestershire-seip', partnership: 'north charnwood', parties: [leadSchool], memberSchools: [memberSchool] } })
    const details = Object.fromEntries((draft.content.details ?? []).map((detail) => [detail.key, detail.value]))
    expect(details).toMatchObject({ partnershipArea: 'North Charnwood', partnershipName: 'Loughborough Inclusion Partnership – LIP' })
    expect(details.partnershipSchools).toMatch(/^Castle Donington College, Charnwood College, /)
    const members = draft.partyDetails.filter((party) => party.role === 'member_school')
    expect(members).toHaveLength(9)
    expect(members.filter((party) => party.organisation).map((party) => [party.name, String(party.organisation)])).toEqual([['Castle Donington College', memberSchool]])
  })

  test('the memorandum is titled with the area and prints it in Appendix 1, not "[INSERT]"', async () => {
    const draft = await createAgreement({ actor: commissioner, input: { template: 'leicestershire-seip-mou', partnership: 'Hinckley and Bosworth', parties: [leadSchool] } })
    expect(draft.title).toBe('Memorandum of Understanding between Schools in Secondary Education and Inclusion Partnerships: Hinckley and Bosworth')
    expect(draft.content.details).toEqual([{ key: 'partnershipArea', label: 'Partnership area', value: 'Hinckley and Bosworth' }])
  })

  test.each([
    ['leicestershire-seip', 'Atlantis', /^Choose one of the partnership areas: South Leicestershire, North West Leicestershire, Melton and South Charnwood, Hinckley and Bosworth, North Charnwood$/],
    ['kent-pru-sla', 'North Charnwood', /^Only the Leicestershire SEIP agreement and its memorandum are drafted for a partnership area/],
    ['blank', 'North Charnwood', /^Only the Leicestershire SEIP agreement/],
  ])('%s for "%s" is refused, naming the partnership field', async (template, partnership, message) => {
    await expect(createAgreement({ actor: commissioner, input: { template, partnership, parties: [leadSchool] } })).rejects.toMatchObject({ fieldErrors: { partnership: expect.stringMatching(message) } })
  })
})
