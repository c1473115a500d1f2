// Drawn signatures: the strict check of the posted PNG data URL, and a drawn signature stored and
// placed in the sealed PDF, against the app and its embedded database with the demo data seeded.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { checkDrawnSignature, ZDrawnSignature } from '#app/services/signing/drawn-signature.server'
import { isAppError } from '#app/utils/app-error'
import { drawnSignaturePng, rgbaPng } from '#test/fixtures/documents/drawn-signature'
import { sentKentPru as sentKentPruFor, useSigningApp } from './support/kent-pru-signing'

/** An RGBA PNG every pixel of which is transparent black: an untouched canvas. */
function blankPng(width: number, height: number) {
  return rgbaPng(width, height, Buffer.alloc(height * (1 + width * 4)))
}

const dataUrl = (bytes: Uint8Array) => `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`

function messageOf(input: unknown) {
  const result = ZDrawnSignature.safeParse(input)
  return result.success ? null : result.error.issues[0]?.message
}

async function checkMessage(bytes: Buffer) {
  try {
    await checkDrawnSignature(bytes)
    return null
  } catch (error) {
    return isAppError(error) ? error.fieldErrors.drawnSignature : String(error)
  }
}

describe('checking a drawn signature', () => {
  test('a PNG data URL of a stroke is accepted as its exact bytes', async () => {
    const png = drawnSignaturePng()
    const parsed = ZDrawnSignature.parse(dataUrl(png))
    expect([...parsed]).toEqual([...png])
    expect(await checkMessage(parsed)).toBeNull()
  })

  test('anything but a PNG data URL is refused with a message about the drawn signature', () => {
    expect(messageOf('')).toBe('Draw your signature in the box, or choose “Type your name”')
    expect(messageOf(undefined)).toBe('Draw your signature in the box, or choose “Type your name”')
    expect(messageOf(`data:image/jpeg;base64,${Buffer.from(drawnSignaturePng()).toString('base64')}`)).toBe('Your drawn signature is not a PNG image: select Clear and draw it again')
    expect(messageOf('data:image/png;base64,<script>')).toBe('Your drawn signature is not a PNG image: select Clear and draw it again')
    // Valid base64, but a GIF's bytes: the PNG signature is missing.
    expect(messageOf(`data:image/png;base64,${Buffer.from('GIF89a........').toString('base64')}`)).toBe('Your drawn signature is not a PNG image: select Clear and draw it again')
  })

  test('over 200 KB is refused before it is decoded', () => {
    const tooBig = Buffer.concat([Buffer.from(drawnSignaturePng()), Buffer.alloc(200 * 1024)])
    expect(messageOf(dataUrl(tooBig))).toBe('Your drawn signature is larger than 200 KB: select Clear and draw it again')
  })

  test('an empty canvas, a truncated PNG and an absurdly large image are refused', async () => {
    expect(await checkMessage(blankPng(600, 200))).toBe('Your drawn signature is empty: draw it in the box, or choose “Type your name”')
    const truncated = Buffer.from(drawnSignaturePng()).subarray(0, 60)
    expect(await checkMessage(truncated)).toBe('Your drawn signature is not a PNG image: select Clear and draw it again')
    expect(await checkMessage(blankPng(2001, 1))).toBe('Your drawn signature must be at most 2000 pixels wide and high: select Clear and draw it again')
  })
})

describe('signing with a drawn signature', () => {
  const kent = useSigningApp('sla-drawn-')

  const sentKentPru = () => sentKentPruFor(kent)

  test('a bad drawing is refused next to the field with the typed name kept; a good one is stored and drawn into the sealed PDF', async () => {
    const agreement = await sentKentPru()
    const signing = `/agreements/${agreement.id}/signing`
    const page = await kent.commissioner.get(signing)
    const documentSha256 = /SHA-256: <code>([0-9a-f]{64})<\/code>/.exec(page.text)?.[1] ?? ''
    const fields = { intent: 'sign', consent: 'on', name: 'Clare Commissioner', title: 'Head of Inclusion', documentSha256, method: 'drawn' }

    const notPng = await kent.commissioner.submit(signing, { ...fields, drawnSignature: 'data:image/png;base64,R0lGODlhAQABAAAAACw=' })
    expect(notPng.status).toBe(400)
    expect(notPng.text).toContain('Your drawn signature is not a PNG image: select Clear and draw it again')
    expect(notPng.text).toContain('value="Clare Commissioner"')
    const blank = await kent.commissioner.submit(signing, { ...fields, drawnSignature: dataUrl(blankPng(600, 200)) })
    expect(blank.status).toBe(400)
    expect(blank.text).toContain('Your drawn signature is empty')
    // Nothing was signed: the KCC officer is still the one to sign now.
    expect((await kent.commissioner.get(signing)).text).toMatch(/Sign as (<!-- -->)?Officer of KCC/)

    expect((await kent.commissioner.submit(signing, { ...fields, drawnSignature: dataUrl(drawnSignaturePng()) })).status).toBe(302)
    const typed = { intent: 'sign', consent: 'on', name: 'Pat Provider', title: 'Chair of the Management Committee', documentSha256 }
    expect((await kent.provider.submit(signing, typed)).status).toBe(302)

    const signed = await fetch(new URL(`/api/v1/agreements/${agreement.id}/signed.pdf`, kent.app.baseUrl), { headers: { Authorization: `Bearer ${kent.tokens.commissioner}` } })
    expect(signed.status).toBe(200)
    const signedFile = path.join(kent.workDir, 'signed.pdf')
    fs.writeFileSync(signedFile, Buffer.from(await signed.arrayBuffer()))
    // Kept beside the browser tests' screenshots to look at.
    fs.mkdirSync(path.join(import.meta.dirname, '../../test-results'), { recursive: true })
    fs.copyFileSync(signedFile, path.join(import.meta.dirname, '../../test-results/signing-drawn-signed.pdf'))

    const pdfsig = execFileSync('pdfsig', [signedFile], { encoding: 'utf8' })
    expect(pdfsig).toContain('Signature is Valid')
    expect(pdfsig).toContain('Total document signed')

    // The one image in the PDF is the 240 x 80 drawing, on the page with the signature blocks.
    const pages = execFileSync('pdftotext', ['-layout', signedFile, '-'], { encoding: 'utf8' }).split('\f')
    const signaturePage = pages.findIndex((text) => text.includes('Signed for and on behalf of')) + 1
    const images = execFileSync('pdfimages', ['-list', signedFile], { encoding: 'utf8' }).trim().split('\n').slice(2)
      .map((row) => row.trim().split(/\s+/))
      .filter((columns) => columns[2] === 'image')
    expect(images.map((columns) => [Number(columns[0]), columns[3], columns[4]])).toEqual([[signaturePage, '240', '80']])

    const text = execFileSync('pdftotext', [signedFile, '-'], { encoding: 'utf8' })
    const certificate = text.slice(text.lastIndexOf('Signature certificate')).replace(/\s+/g, ' ')
    expect(certificate).toContain('Consented to sign electronically; signed with a drawn signature')
    expect(certificate).toContain('Consented to sign electronically; signed with a typed name')
    // The signature blocks carry each signatory's title as they gave it.
    expect(text).toContain('Title: Head of Inclusion')
    // A long title wraps within its column.
    expect(text.replace(/\s+/g, ' ')).toContain('Title: Chair of the Management Committee')
  }, 180_000)
})
