// Drives the Debian tools the document tests check output with. A missing tool fails the test with
// the apt package to install; CI installs them (.ci/install-test-tools).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const aptPackages = {
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdfsig: 'poppler-utils',
  pdfimages: 'poppler-utils',
  pdffonts: 'poppler-utils',
  soffice: 'libreoffice-writer-nogui',
} as const

export type Tool = keyof typeof aptPackages

export function requireTool(tool: Tool): void {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0
  if (!found) {
    const aptPackage = aptPackages[tool]
    throw new Error(`${tool} is not installed: apt-get install -y ${aptPackage} (Debian package ${aptPackage})`)
  }
}

export interface ToolResult {
  status: number | null
  stdout: string
  stderr: string
}

export function runTool(tool: Tool, args: string[], timeout = 60_000): ToolResult {
  requireTool(tool)
  const result = spawnSync(tool, args, { encoding: 'utf8', timeout })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export function pageCount(pdfPath: string): number {
  const { stdout } = runTool('pdfinfo', [pdfPath])
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1])
}

export function pageText(pdfPath: string, page: number, layout = false): string {
  return runTool('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), pdfPath, '-']).stdout
}

/** A page's words with every run of whitespace as one space, so a line wrapped elsewhere by another
 * font's widths never fails a test that is about the words. */
export function pageWords(pdfPath: string, page: number): string {
  return pageText(pdfPath, page).replace(/\s+/g, ' ')
}

/** LibreOffice with a profile of its own, so parallel runs do not fight over the user profile lock. */
export function convertWithLibreOffice(inputPath: string, outputDirectory: string): ToolResult {
  const profile = join(outputDirectory, 'lo-profile')
  return runTool('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outputDirectory, inputPath], 120_000)
}

export function makeTempDirectory(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'sla-documents-'))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}
