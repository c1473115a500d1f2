// The signature block of a signed PDF: who signed, with their title, in which role and when.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DocumentModel } from '#clauses/document-model'
import { renderAgreementPdf } from '#templates/render/pdf'
import { makeTempDirectory, pageText } from '#test/documents/support/tools'

const KENT_PRU = 'North West Kent Alternative Provision Service Management Committee'

/** A Kent PRU SLA's signature blocks once the KCC officer has signed and before the Chair has. */
const halfSigned: DocumentModel = {
  reference: 'KCC-PRU-2026-001',
  title: 'Service Level Agreement between Kent County Council and PRU/Alternative Provider Management Committee',
  version: 1,
  draft: false,
  blocks: [
    { type: 'heading', level: 1, text: 'Signatures' },
    {
      type: 'signatures',
      signatories: [
        { id: 'kcc-officer', party: 'Kent County Council', role: 'Officer of KCC', signed: { name: 'Clare Commissioner', title: 'Head of Inclusion', signedAt: '2026-11-23T10:15:00Z' } },
        { id: 'management-committee-chair', party: KENT_PRU, role: 'Chair of Management Committee' },
      ],
    },
  ],
}

test('a signed block shows the name, title, role and London time; an unsigned one leaves the title blank', async () => {
  const directory = makeTempDirectory()
  const file = join(directory.path, 'signature-block.pdf')
  writeFileSync(file, await renderAgreementPdf(halfSigned))
  // pdftotext reads each block's printed lines as one paragraph.
  const blocks = pageText(file, 1).split(/\n\s*\n/).map((paragraph) => paragraph.trim().split('\n')).filter((lines) => lines[0].startsWith('Name:'))
  expect(blocks).toEqual([
    // 23 November 2026 is in GMT: British Summer Time ended on 25 October 2026.
    ['Name: Clare Commissioner', 'Title: Head of Inclusion', 'Role: Officer of KCC', 'Date: 23 November 2026, 10:15:00 GMT'],
    ['Name:', 'Title:', 'Role: Chair of Management Committee', 'Date:'],
  ])
  directory.remove()
})
