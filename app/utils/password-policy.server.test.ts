import { describe, expect, it } from 'vitest'
import { passwordProblem } from './password-policy.server'

const kentAdmin = { personal: ['Jo Bloggs', 'jo.bloggs@kent.gov.uk', 'Kent County Council'], production: true }
const now = new Date('2026-12-04T12:00:00Z')

describe('the password policy (NCSC: length over complexity, no composition rules)', () => {
  it.each(['platformteam2026', 'PlatformTeam2026', 'slacouncilteam2026', 'kentcouncilsla2026', 'councilplatform2025', 'Kent County Council 2026', 'jobloggskent2027', 'pl@tformt3am2026'])(
    'refuses %s, made of the service’s, the organisation’s and the person’s own words and a year',
    (password) => {
      expect(passwordProblem(password, kentAdmin, now)).toMatch(/too easy to guess/)
    },
  )

  it('names the guessable words it found', () => {
    expect(passwordProblem('platformteam2026', kentAdmin, now)).toContain('“platform”, “team”, “2026”')
  })

  it.each(['harbour violin pepper', 'correct horse battery staple', 'kent harbour violin pepper 2026', 'lowercase only but quite long words'])(
    'accepts %s: long and random enough, with no rules about symbols or capitals',
    (password) => {
      expect(passwordProblem(password, kentAdmin, now)).toBeUndefined()
    },
  )

  it('refuses short passwords and common breached-style ones', () => {
    expect(passwordProblem('violinpepr', kentAdmin, now)).toBe('Password must be 12 characters or more')
    expect(passwordProblem('P@ssw0rd2024!', kentAdmin, now)).toMatch(/too easy to guess/)
  })
})
