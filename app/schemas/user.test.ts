import { userUpdateFromForm, ZCreateUserSchema } from './user'

describe('the edit-user form', () => {
  it('drops ticked rows and the blank spare row, keeping the order', () => {
    const update = userUpdateFromForm({
      name: 'Rita',
      'memberships.0.organisation': 'org-a',
      'memberships.0.role': 'provider',
      'memberships.1.organisation': 'org-b',
      'memberships.1.role': 'auditor',
      'memberships.1.remove': 'yes',
      'memberships.2.organisation': '',
      'memberships.2.role': '',
      'memberships.10.organisation': 'org-c',
      'memberships.10.role': 'legal',
    })
    expect(update).toEqual({
      name: 'Rita',
      memberships: [
        { organisation: 'org-a', role: 'provider' },
        { organisation: 'org-c', role: 'legal' },
      ],
    })
  })
})

describe('the add-user form', () => {
  it('lower-cases the email and names every missing field', () => {
    expect(ZCreateUserSchema.parse({ name: ' Rita ', email: ' Rita@Example.ORG ', organisation: 'org', role: 'provider', password: 'twelve chars' })).toEqual({
      name: 'Rita',
      email: 'rita@example.org',
      organisation: 'org',
      role: 'provider',
      password: 'twelve chars',
    })
    const result = ZCreateUserSchema.safeParse({ name: '', email: 'not-an-email', organisation: '', password: 'short' })
    expect(result.success).toBe(false)
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))
    expect(messages).toEqual({
      name: 'Enter the person’s name',
      email: 'Enter an email address in the correct format, like name@example.com',
      organisation: 'Select an organisation',
      role: 'Select a role',
      password: 'Password must be 12 characters or more',
    })
  })
})
