// Benchmark (issue 7): DOCX and PDF of the longest agreement, and LibreOffice converting our DOCX
// to PDF in the same run. Targets: each render under 400 ms; our PDF at least 20x faster than
// LibreOffice. Run with `npm run bench:documents`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderAgreementDocument } from '#clauses/render-document'
import type { DocumentModel } from '#clauses/document-model'
import { getTemplate } from '#templates/registry'
import { renderAgreementDocx } from '#templates/render/docx'
import { renderAgreementPdf } from '#templates/render/pdf'
import { longAgreement } from '#test/fixtures/documents/long-agreement'

const renderTargetMs = 400
const speedupTarget = 20

function longestAgreement(): { source: string; doc: DocumentModel } {
  const template = getTemplate('leicestershire-seip')
  if (!template) return { source: 'long fixture (test/fixtures/documents/long-agreement.ts); the Leicestershire SEIP template is not in the registry yet', doc: longAgreement() }
  const built = template.build()
  const doc = renderAgreementDocument({ reference: 'LCC-SEIP-BENCH', title: built.title, version: 1, status: 'approved', parties: built.parties, content: built.content })
  return { source: 'Leicestershire SEIP template via clauses/render-document.ts', doc }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function time(label: string, run: () => unknown, { warmUp, runs }: { warmUp: number; runs: number }): Promise<number> {
  for (let index = 0; index < warmUp; index++) await run()
  const times: number[] = []
  const cpuTimes: number[] = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    await run()
    times.push(performance.now() - start)
    const cpu = process.cpuUsage(cpuStart)
    cpuTimes.push((cpu.user + cpu.system) / 1000)
  }
  const result = median(times)
  // This process's CPU time shows how much of the wall time was waiting for a busy machine
  // (LibreOffice runs in a child process, so its CPU time is not counted here).
  console.log(`${label.padEnd(34)} median ${result.toFixed(0).padStart(6)} ms  (cpu ${median(cpuTimes).toFixed(0)} ms; runs: ${times.map((value) => value.toFixed(0)).join(', ')})`)
  return result
}

function convertWithLibreOffice(docxPath: string, workDirectory: string) {
  const result = spawnSync('soffice', [
    `-env:UserInstallation=file://${join(workDirectory, 'lo-profile')}`,
    '--headless', '--convert-to', 'pdf', '--outdir', workDirectory, docxPath,
  ], { encoding: 'utf8' })
  if (result.error || result.status !== 0) {
    throw new Error(`LibreOffice conversion failed (apt-get install -y libreoffice-writer-nogui): ${result.error?.message ?? result.stderr}`)
  }
}

async function main() {
  const { source, doc } = longestAgreement()
  const workDirectory = mkdtempSync(join(tmpdir(), 'bench-documents-'))
  try {
    console.log(`Agreement: ${source}; ${doc.blocks.length} blocks`)
    console.log(`Load average at start: ${loadavg().map((load) => load.toFixed(1)).join(' ')}`)
    const docx = await renderAgreementDocx(doc)
    const docxPath = join(workDirectory, 'agreement.docx')
    writeFileSync(docxPath, docx)
    const pdf = await renderAgreementPdf(doc)
    console.log(`DOCX ${(docx.length / 1024).toFixed(0)} KiB, PDF ${(pdf.length / 1024).toFixed(0)} KiB`)

    const docxMs = await time('renderAgreementDocx', () => renderAgreementDocx(doc), { warmUp: 3, runs: 9 })
    const pdfMs = await time('renderAgreementPdf', () => renderAgreementPdf(doc), { warmUp: 3, runs: 9 })
    const libreOfficeMs = await time('libreoffice --convert-to pdf (DOCX)', () => convertWithLibreOffice(docxPath, workDirectory), { warmUp: 1, runs: 5 })

    console.log(`Load average at end: ${loadavg().map((load) => load.toFixed(1)).join(' ')}`)
    const speedup = libreOfficeMs / pdfMs
    const checks = [
      [`DOCX under ${renderTargetMs} ms`, docxMs < renderTargetMs],
      [`PDF under ${renderTargetMs} ms`, pdfMs < renderTargetMs],
      [`PDF at least ${speedupTarget}x faster than LibreOffice (${speedup.toFixed(1)}x)`, speedup >= speedupTarget],
    ] as const
    for (const [label, passed] of checks) console.log(`${passed ? 'PASS' : 'FAIL'}  ${label}`)
    if (checks.some(([, passed]) => !passed)) process.exitCode = 1
  } finally {
    rmSync(workDirectory, { recursive: true, force: true })
  }
}

await main()
