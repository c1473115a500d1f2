import { type TOrganisationKindName } from '#models/access/organisation-kinds'
import { type TRole } from '#models/access/roles'

/** Every demo account signs in with this password (printed by `npm run seed`, listed in the README). */
export const DEMO_PASSWORD = 'sla-demo-2026'

export type TDemoOrganisation = {
  key: string
  name: string
  kind: TOrganisationKindName
  parentKey?: string
  address: { lines: string[]; town: string; postcode: string; email: string }
}

export type TDemoUser = {
  email: string
  name: string
  organisationKey: string
  role: TRole
}

// The four commissioning authorities of the seed agreements, and the providers and schools that sign with them.
export const DEMO_ORGANISATIONS: TDemoOrganisation[] = [
  {
    key: 'kent',
    name: 'Kent County Council',
    kind: 'local_authority',
    address: { lines: ['Sessions House', 'County Road'], town: 'Maidstone', postcode: 'ME14 1XQ', email: 'commissioning@kent.example' },
  },
  {
    key: 'southend',
    name: 'Southend-on-Sea City Council',
    kind: 'local_authority',
    address: { lines: ['Civic Centre', 'Victoria Avenue'], town: 'Southend-on-Sea', postcode: 'SS2 6ER', email: 'commissioning@southend.example' },
  },
  {
    key: 'leicestershire',
    name: 'Leicestershire County Council',
    kind: 'local_authority',
    address: { lines: ['County Hall', 'Glenfield'], town: 'Leicester', postcode: 'LE3 8RA', email: 'commissioning@leicestershire.example' },
  },
  {
    key: 'nottingham',
    name: 'Nottingham City Council',
    kind: 'local_authority',
    address: { lines: ['Loxley House', 'Station Street'], town: 'Nottingham', postcode: 'NG2 3NG', email: 'commissioning@nottingham.example' },
  },
  {
    // Kent PRU SLA: the PRU's Management Committee is the provider party.
    key: 'kent-pru',
    name: 'North West Kent Alternative Provision Service Management Committee',
    kind: 'provider',
    parentKey: 'kent',
    address: { lines: ['Rochester Way'], town: 'Dartford', postcode: 'DA1 3QY', email: 'clerk@nwk-aps.example' },
  },
  {
    // Kent STLS SLA: the governing body of the host special school is the provider party.
    key: 'kent-stls-host',
    name: 'Meadowbank Special School (STLS host)',
    kind: 'school',
    parentKey: 'kent',
    address: { lines: ['Meadow Lane'], town: 'Ashford', postcode: 'TN24 8AA', email: 'governors@meadowbank.example' },
  },
  {
    key: 'parallel-learning-trust',
    name: 'Parallel Learning Trust',
    kind: 'provider',
    parentKey: 'southend',
    address: { lines: ['Priory Crescent'], town: 'Southend-on-Sea', postcode: 'SS2 6JY', email: 'office@parallel-learning.example' },
  },
  {
    // Nottingham devolution agreement: the school is the Responsible Body.
    key: 'trinity',
    name: 'Trinity Catholic School',
    kind: 'school',
    parentKey: 'nottingham',
    address: { lines: ['Beechdale Road'], town: 'Nottingham', postcode: 'NG8 3EZ', email: 'business.manager@trinity-nottingham.example' },
  },
  {
    key: 'seip-partnership',
    name: 'Hinckley and Bosworth SEIP',
    kind: 'partnership',
    parentKey: 'leicestershire',
    address: { lines: ['c/o Brookvale Academy', 'Brookvale Road'], town: 'Hinckley', postcode: 'LE10 1AA', email: 'seip@brookvale.example' },
  },
  {
    // Leicestershire SEIP agreement: the Lead School receives and distributes the devolved funding.
    key: 'seip-lead',
    name: 'Brookvale Academy (SEIP lead school)',
    kind: 'school',
    parentKey: 'leicestershire',
    address: { lines: ['Brookvale Road'], town: 'Hinckley', postcode: 'LE10 1AA', email: 'office@brookvale.example' },
  },
  {
    key: 'seip-member-ashfield',
    name: 'Ashfield Primary School',
    kind: 'school',
    parentKey: 'leicestershire',
    address: { lines: ['Ashfield Road'], town: 'Hinckley', postcode: 'LE10 2BB', email: 'office@ashfield-primary.example' },
  },
  {
    key: 'seip-member-croft',
    name: 'Croft Meadow Primary School',
    kind: 'school',
    parentKey: 'leicestershire',
    address: { lines: ['Croft Lane'], town: 'Earl Shilton', postcode: 'LE9 7CC', email: 'office@croft-meadow.example' },
  },
  {
    key: 'seip-member-thornton',
    name: 'Thornton Green Academy',
    kind: 'school',
    parentKey: 'leicestershire',
    address: { lines: ['Green Lane'], town: 'Market Bosworth', postcode: 'CV13 0DD', email: 'office@thornton-green.example' },
  },
]

const authorityStaff = (key: string, domain: string, people: Record<'admin' | 'commissioner' | 'legal' | 'auditor', string>): TDemoUser[] =>
  (Object.entries(people) as ['admin' | 'commissioner' | 'legal' | 'auditor', string][]).map(([role, name]) => ({
    email: `${role}@${domain}`,
    name,
    organisationKey: key,
    role,
  }))

export const DEMO_USERS: TDemoUser[] = [
  ...authorityStaff('kent', 'kent.example', { admin: 'Alex Admin', commissioner: 'Clare Commissioner', legal: 'Leo Legal', auditor: 'Ada Auditor' }),
  ...authorityStaff('southend', 'southend.example', { admin: 'Sam Admin', commissioner: 'Sunita Commissioner', legal: 'Simon Legal', auditor: 'Sara Auditor' }),
  ...authorityStaff('leicestershire', 'leicestershire.example', { admin: 'Lee Admin', commissioner: 'Laura Commissioner', legal: 'Liam Legal', auditor: 'Lucy Auditor' }),
  ...authorityStaff('nottingham', 'nottingham.example', { admin: 'Nina Admin', commissioner: 'Noah Commissioner', legal: 'Naomi Legal', auditor: 'Ned Auditor' }),
  { email: 'provider@nwk-aps.example', name: 'Pat Provider', organisationKey: 'kent-pru', role: 'provider' },
  { email: 'provider@meadowbank.example', name: 'Morgan Governor', organisationKey: 'kent-stls-host', role: 'provider' },
  { email: 'provider@parallel-learning.example', name: 'Priya Provider', organisationKey: 'parallel-learning-trust', role: 'provider' },
  { email: 'provider@trinity-nottingham.example', name: 'Tom Responsible', organisationKey: 'trinity', role: 'provider' },
  { email: 'provider@brookvale.example', name: 'Bea Lead', organisationKey: 'seip-lead', role: 'provider' },
  { email: 'school@ashfield-primary.example', name: 'Ash Member', organisationKey: 'seip-member-ashfield', role: 'member_school' },
  { email: 'school@croft-meadow.example', name: 'Cory Member', organisationKey: 'seip-member-croft', role: 'member_school' },
  { email: 'school@thornton-green.example', name: 'Theo Member', organisationKey: 'seip-member-thornton', role: 'member_school' },
]
