import { hashPassword, verifyPassword } from './password.server'

describe('password hashing', () => {
  it('stores scrypt parameters and a random salt, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery staple')
    const second = await hashPassword('correct horse battery staple')
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    expect(first).not.toBe(second)
    expect(await verifyPassword('correct horse battery staple', first)).toBe(true)
    expect(await verifyPassword('correct horse battery stable', first)).toBe(false)
  })

  it('rejects a stored value that is not an scrypt hash', async () => {
    expect(await verifyPassword('anything', 'plain-text-password')).toBe(false)
  })
})
