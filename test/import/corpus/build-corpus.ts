// Builds the import corpus: each seed agreement as a Word document (paragraphs, headings, bullet
// lists and tables, a running header and "Page N of M" footer, as council documents have) and as
// the PDF LibreOffice prints from it. The files are committed, so the tests and `npm run
// bench:import` read the same bytes; run `npm run corpus:import` to rebuild them after changing
// the seeds or this script. Needs LibreOffice (`soffice`) for the PDFs.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { CORPUS, CORPUS_DIR, SEEDS_DIR, type CorpusEntry } from './corpus'
import { seedBlocks, type SeedBlock } from './seed-document'

const LABEL = /^(\(?[a-z]{1,4}\)|[IVX]+\.|\d+[A-Z]?(?:\.\d+)*\.?)\s+/

function paragraphOf(block: SeedBlock, entry: CorpusEntry): Paragraph | Table {
  switch (block.type) {
    case 'heading':
      // Some councils style their headings; others type them in bold body text.
      return entry.headingStyles
        ? new Paragraph({ heading: HeadingLevel.HEADING_1, text: block.text, spacing: { before: 240, after: 120 } })
        : new Paragraph({ children: [new TextRun({ text: block.text, bold: true })], spacing: { before: 240, after: 120 } })
    case 'bullet':
      return new Paragraph({ numbering: { reference: 'bullets', level: 0 }, text: block.text, spacing: { after: 80 } })
    case 'paragraph': {
      const label = LABEL.exec(block.text)
      const indent = 567 * (block.indent + (label ? 1 : 0))
      const runs = label ? [new TextRun(label[1]), new TextRun({ children: ['\t', block.text.slice(label[0].length)] })] : [new TextRun(block.text)]
      return new Paragraph({ children: runs, indent: { left: indent, hanging: label ? 567 : 0 }, spacing: { after: 120 } })
    }
    case 'table':
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.rows.map(
          (row, rowIndex) =>
            new TableRow({
              tableHeader: rowIndex === 0,
              children: row.map(
                (cell) =>
                  new TableCell({
                    children: [new Paragraph({ children: [new TextRun({ text: cell, bold: rowIndex === 0, size: 18 })] })],
                    borders: Object.fromEntries(['top', 'bottom', 'left', 'right'].map((side) => [side, { style: BorderStyle.SINGLE, size: 4, color: '808080' }])),
                  }),
              ),
            }),
        ),
      })
  }
}

async function buildDocx(entry: CorpusEntry): Promise<Buffer> {
  const blocks = seedBlocks(readFileSync(path.join(SEEDS_DIR, entry.seed), 'utf8'))
  const document = new Document({
    creator: 'SLA Register import corpus',
    title: entry.title,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: entry.title, size: 16, color: '595959' })] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })] })],
          }),
        },
        children: blocks.map((block) => paragraphOf(block, entry)),
      },
    ],
  })
  return Packer.toBuffer(document)
}

function convertToPdf(docxPath: string, outDir: string) {
  // A profile of its own, so a LibreOffice another engineer is running is not disturbed.
  const profile = mkdtempSync(path.join(tmpdir(), 'corpus-soffice-'))
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { stdio: 'ignore', timeout: 180_000 })
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

for (const entry of CORPUS) {
  const docxPath = path.join(CORPUS_DIR, `${entry.key}.docx`)
  writeFileSync(docxPath, await buildDocx(entry))
  // The seed text goes with the files, so the measure can check every sentence survives the import.
  copyFileSync(path.join(SEEDS_DIR, entry.seed), path.join(CORPUS_DIR, `${entry.key}.txt`))
  convertToPdf(docxPath, CORPUS_DIR)
  console.log(`${entry.key}: ${path.relative(process.cwd(), docxPath)} and .pdf`)
}
