import { type Browser, type Page } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { expectAccessible, launchChromium, newPage, signIn } from '#test/support/browser'

// Issue 20: a commissioner builds an agreement that is not a seed in the browser, without the app's
// scripts: starts blank, adds a section and a clause at a chosen place, moves clauses and sections,
// deletes a clause and undoes it, and saves the result as the authority's template. axe on each page.

let app: TRunningApp
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** The term clause has no heading: the page names it by its opening words. */
const term = (number: string) => `${number} This Agreement commences on 1 April 2027.`

/** The headings of the draft page's clause sections, in order. */
async function sectionHeadings(page: Page) {
  return page.locator('.app-structure-section > h3').allInnerTexts()
}

/** The clause names in one section's table, in order. */
async function clauseNames(page: Page, sectionHeading: string) {
  const section = page.locator('.app-structure-section').filter({ has: page.getByRole('heading', { name: sectionHeading, exact: true }) })
  return section.locator('tbody tr td:first-child').allInnerTexts()
}

test('a blank agreement gets a section and clauses added, moved, deleted and restored, and is saved as a template', async () => {
  const page = await newPage(browser)
  await signIn(page, app.baseUrl, 'commissioner@kent.example')

  await page.goto(`${app.baseUrl}/agreements/new`)
  await page.getByLabel('Blank agreement').check()
  await page.getByLabel('Title (optional)').fill('ICT Services SLA')
  await page.getByLabel('Day').first().fill('1')
  await page.getByLabel('Month').first().fill('4')
  await page.getByLabel('Year').first().fill('2027')
  await page.getByRole('group', { name: 'Counterparty' }).getByRole('checkbox').first().check()
  await page.getByRole('button', { name: 'Create draft' }).click()
  await page.waitForURL(/\/agreements\/[0-9a-f]{24}$/)
  const agreementUrl = page.url()
  expect(await sectionHeadings(page)).toEqual(['Agreement', '1. Term', 'Signatures'])
  await expectAccessible(page, 'structure-blank-draft')

  // A numbered section goes after the last numbered one, before the signatures.
  await page.getByRole('link', { name: 'Add a section, schedule or appendix' }).click()
  await page.getByLabel('Heading').fill('Law and jurisdiction')
  await expectAccessible(page, 'structure-add-section')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await page.waitForURL(new RegExp(`${agreementUrl}#section-`))
  expect(await sectionHeadings(page)).toEqual(['Agreement', '1. Term', '2. Law and jurisdiction', 'Signatures'])

  // A clause added to it from its own link, numbered for it.
  await page.getByRole('link', { name: 'Add a clause to 2. Law and jurisdiction' }).click()
  await page.getByLabel('Kind of clause').selectOption({ label: 'Governing law: Which law governs the agreement and which courts decide disputes about it.' })
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('Heading (optional)').fill('Governing law')
  await page.getByLabel('Where in the section').waitFor()
  await expectAccessible(page, 'structure-add-clause')
  // Without its values it is refused, naming the field, and keeps what was typed.
  await page.getByRole('button', { name: 'Add clause' }).click()
  await page.locator('.govuk-error-summary').getByRole('link').first().waitFor()
  expect(await page.locator('.govuk-error-summary').innerText()).toMatch(/law/i)
  expect(await page.getByLabel('Heading (optional)').inputValue()).toBe('Governing law')
  await page.getByLabel('Law', { exact: true }).selectOption({ index: 1 })
  await page.getByLabel('Courts', { exact: true }).selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Add clause' }).click()
  await page.waitForURL(new RegExp(`${agreementUrl}#clause-`))
  expect(await clauseNames(page, '2. Law and jurisdiction')).toEqual(['2.1 Governing law'])

  // Moved into the Term section after 1.1, which has no heading and is offered by its first words:
  // renumbered 1.2, and section 2 is left empty.
  await page.getByRole('link', { name: 'Move to… 2.1 Governing law' }).click()
  await page.getByLabel('Move it to').selectOption({ label: `After ${term('1.1')}` })
  await expectAccessible(page, 'structure-move-clause')
  await page.getByRole('button', { name: 'Move clause' }).click()
  await page.waitForURL(new RegExp(`${agreementUrl}#clause-`))
  expect(await clauseNames(page, '1. Term')).toEqual([term('1.1'), '1.2 Governing law'])
  await page.getByRole('button', { name: 'Move up 1.2 Governing law' }).click()
  expect(await clauseNames(page, '1. Term')).toEqual(['1.1 Governing law', term('1.2')])

  // Sections move too, and are renumbered with their clauses.
  await page.getByRole('button', { name: 'Move section up 2. Law and jurisdiction' }).click()
  expect(await sectionHeadings(page)).toEqual(['Agreement', '1. Law and jurisdiction', '2. Term', 'Signatures'])
  expect(await clauseNames(page, '2. Term')).toEqual(['2.1 Governing law', term('2.2')])

  // Deleted, then restored with Undo, at its place.
  await page.getByRole('button', { name: 'Delete 2.1 Governing law' }).click()
  await page.getByText('Clause 2.1 Governing law was deleted.').waitFor()
  expect(await clauseNames(page, '2. Term')).toEqual([term('2.1')])
  await expectAccessible(page, 'structure-deleted')
  await page.getByRole('button', { name: 'Undo the deletion of Clause 2.1 Governing law' }).click()
  await page.waitForURL(new RegExp(`${agreementUrl}#clause-`))
  expect(await clauseNames(page, '2. Term')).toEqual(['2.1 Governing law', term('2.2')])

  // Rename a section.
  await page.getByRole('link', { name: 'Rename 1. Law and jurisdiction' }).click()
  await expectAccessible(page, 'structure-rename-section')
  await page.getByLabel('Heading').fill('Jurisdiction')
  await page.getByRole('button', { name: 'Save heading' }).click()
  expect(await sectionHeadings(page)).toEqual(['Agreement', '1. Jurisdiction', '2. Term', 'Signatures'])

  // Saved as the authority's template, then offered under "New agreement".
  await page.getByRole('link', { name: 'Save as a template of your authority' }).click()
  await page.getByLabel('Template title').fill('Kent ICT services SLA')
  await expectAccessible(page, 'structure-save-as-template')
  await page.getByRole('button', { name: 'Save template' }).click()
  await page.getByText('Saved as your authority’s template “Kent ICT services SLA, version 1”.').waitFor()
  await page.goto(`${app.baseUrl}/agreements/new`)
  await page.getByRole('group', { name: 'Your authority’s templates' }).getByLabel('Kent ICT services SLA').waitFor()
}, 240_000)

test('the parties page adds a party and removes it', async () => {
  const page = await newPage(browser)
  await signIn(page, app.baseUrl, 'commissioner@kent.example')
  await page.goto(`${app.baseUrl}/agreements/new`)
  await page.getByLabel('Blank agreement').check()
  await page.getByRole('group', { name: 'Counterparty' }).getByRole('checkbox').first().check()
  await page.getByRole('button', { name: 'Create draft' }).click()
  await page.waitForURL(/\/agreements\/[0-9a-f]{24}$/)
  await page.getByRole('link', { name: 'Add, remove or rename parties' }).click()

  await page.getByRole('button', { name: 'Add party' }).click()
  await page.getByRole('link', { name: /role/i }).first().waitFor()
  await expectAccessible(page, 'structure-parties-error')
  await page.getByLabel('Role').selectOption({ label: 'Governing body of a school' })
  await page.locator('#add-party ~ form').getByLabel('Full name').fill('The Governing Body of Hythe Bay Church of England Primary School')
  await page.getByRole('button', { name: 'Add party' }).click()
  await page.getByRole('button', { name: 'Remove The Governing Body of Hythe Bay Church of England Primary School' }).waitFor()
  await expectAccessible(page, 'structure-parties')
  await page.getByRole('button', { name: 'Remove The Governing Body of Hythe Bay Church of England Primary School' }).click()
  await page.getByRole('heading', { name: 'Parties', level: 1 }).waitFor()
  expect(await page.locator('main').innerText()).not.toContain('Hythe Bay')
}, 120_000)
