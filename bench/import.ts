// Import benchmark: reads the corpus (the five seed agreements as Word and as PDF files) and prints,
// per term type and file format, recall and precision against the hand-written expectations
// (targets: recall >= 90% and precision >= 95% for notice periods, dispute stages, term dates and
// payment dates), whether every sentence of each seed is still present as text in the agreement
// the import becomes (with every proposal accepted, and with none), and the time to import the
// Leicestershire SEIP agreement (target < 3 s). Run: npm run bench:import
import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { importDocument, type ImportedDocument } from '#clauses/import/import-document'
import { TERM_TYPE_LABELS, TERM_TYPES, type TermType } from '#clauses/import/proposal'
import { CORPUS, corpusFile } from '#test/import/corpus/corpus'
import { EXPECTATIONS } from '#test/import/corpus/expectations'
import { allFacts, coverage, ratio, scoreFacts } from '#test/import/corpus/measure'

const TARGET_TYPES: TermType[] = ['notice_period', 'dispute_stage', 'term_dates', 'payment_date']
const FORMATS = ['docx', 'pdf'] as const
const SEIP_RUNS = 5

type Totals = { expected: number; recognised: number; found: number; correct: number }

const percent = (value: number | undefined) => (value === undefined ? '  -  ' : `${(value * 100).toFixed(0).padStart(3)}%`)
const ms = (value: number) => `${value.toFixed(0)} ms`

async function importFile(key: string, format: 'docx' | 'pdf'): Promise<{ imported: ImportedDocument; wallMs: number; cpuMs: number }> {
  const bytes = new Uint8Array(readFileSync(corpusFile(key, format)))
  const cpu = process.cpuUsage()
  const start = performance.now()
  const imported = await importDocument(bytes, format)
  const wallMs = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { imported, wallMs, cpuMs: (used.user + used.system) / 1000 }
}

console.log(`machine: ${availableParallelism()} CPUs, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)

// The first import pays for loading mammoth and pdfjs-dist once; an app instance does that once.
const coldSeip = await importFile('leicestershire-seip', 'pdf')
console.log(`\nLeicestershire SEIP PDF, first import in this process (loads pdfjs-dist): ${ms(coldSeip.wallMs)}`)

const totals = new Map<string, Totals>()
const coverageLines: string[] = []
for (const format of FORMATS) {
  for (const entry of CORPUS) {
    const { imported } = await importFile(entry.key, format)
    for (const [type, score] of scoreFacts(allFacts(imported), EXPECTATIONS[entry.key])) {
      const key = `${format}:${type}`
      const total = totals.get(key) ?? { expected: 0, recognised: 0, found: 0, correct: 0 }
      total.expected += score.expected
      total.recognised += score.recognised
      total.found += score.found
      total.correct += score.correct
      totals.set(key, total)
    }
    for (const accept of ['none', 'all'] as const) {
      const result = coverage(entry.key, imported, accept)
      const kept = result.sentences - result.missing.length
      coverageLines.push(`${format.padEnd(5)} ${entry.key.padEnd(28)} ${accept === 'all' ? 'all accepted' : 'none accepted'}: ${kept}/${result.sentences} sentences and cells kept${result.missing.length ? ` - missing: ${result.missing.map((piece) => `"${piece.slice(0, 60)}"`).join('; ')}` : ''}`)
    }
  }
}

console.log('\nRecognition on the corpus (recall = expected terms found; precision = recognised terms that are right)')
console.log(`${'term type'.padEnd(26)} ${'DOCX recall'.padStart(16)} ${'DOCX precision'.padStart(16)} ${'PDF recall'.padStart(16)} ${'PDF precision'.padStart(16)}`)
for (const type of TERM_TYPES) {
  const cells = FORMATS.flatMap((format) => {
    const total = totals.get(`${format}:${type}`) ?? { expected: 0, recognised: 0, found: 0, correct: 0 }
    return [`${percent(ratio(total.found, total.expected))} (${total.found}/${total.expected})`, `${percent(ratio(total.correct, total.recognised))} (${total.correct}/${total.recognised})`]
  })
  const target = TARGET_TYPES.includes(type) ? ' *' : ''
  console.log(`${(TERM_TYPE_LABELS[type] + target).padEnd(26)} ${cells.map((cell) => cell.padStart(16)).join(' ')}`)
}
console.log('* target: recall >= 90%, precision >= 95%')
for (const format of FORMATS) {
  const failing = TARGET_TYPES.filter((type) => {
    const total = totals.get(`${format}:${type}`)
    return !total || (ratio(total.found, total.expected) ?? 1) < 0.9 || (ratio(total.correct, total.recognised) ?? 1) < 0.95
  })
  console.log(`${format.toUpperCase()}: ${failing.length === 0 ? 'every target met' : `below target: ${failing.join(', ')}`}`)
}

console.log('\nEvery sentence still present as text')
for (const line of coverageLines) console.log(line)

console.log(`\nTime to import the Leicestershire SEIP agreement (${SEIP_RUNS} runs each, target < 3 s)`)
for (const format of FORMATS) {
  const runs = []
  for (let run = 0; run < SEIP_RUNS; run += 1) runs.push(await importFile('leicestershire-seip', format))
  const walls = runs.map((run) => run.wallMs).sort((a, b) => a - b)
  const cpus = runs.map((run) => run.cpuMs).sort((a, b) => a - b)
  const { imported } = runs[0]
  const clauses = imported.structure.sections.reduce((sum, section) => sum + section.clauses.length, 0)
  console.log(
    `${format.toUpperCase().padEnd(4)} median ${ms(walls[Math.floor(SEIP_RUNS / 2)])}, slowest ${ms(walls[SEIP_RUNS - 1])}, CPU median ${ms(cpus[Math.floor(SEIP_RUNS / 2)])} - ${imported.source.blocks.length} blocks, ${imported.structure.sections.length} sections, ${clauses} clauses, ${imported.proposals.length} proposals${imported.source.pageCount ? `, ${imported.source.pageCount} pages` : ''}`,
  )
}
console.log(`\nload average at the end: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
