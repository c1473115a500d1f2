// Imports run one way: app/ -> templates/ -> clauses/, app/ -> models/ -> clauses/; db/ stands
// alone. Pure domain code (clauses/, templates/) imports no framework, so it runs the same in the
// API, the UI, the CLI and a unit test.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')

const rules: Record<string, { folders: string[]; packages: RegExp }> = {
  clauses: { folders: ['app', 'models', 'templates', 'db'], packages: /^(mongoose|mongodb|@remix-run\/|react|docx|pdf-lib)/ },
  templates: { folders: ['app', 'models', 'db'], packages: /^(mongoose|mongodb|@remix-run\/|react)/ },
  models: { folders: ['app', 'templates', 'db'], packages: /^@remix-run\// },
  db: { folders: ['app', 'models', 'clauses', 'templates'], packages: /^(mongoose|@remix-run\/)/ },
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

/** Every module a file imports, with relative paths resolved to the top-level folder they reach. */
function importsOf(path: string): string[] {
  const source = readFileSync(path, 'utf8')
  return [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(([, specifier]) => {
    if (specifier.startsWith('#')) return specifier.slice(1)
    if (specifier.startsWith('.')) return relative(root, resolve(path, '..', specifier))
    return `package:${specifier}`
  })
}

describe('import direction', () => {
  for (const [folder, rule] of Object.entries(rules)) {
    it(`${folder}/ imports nothing from ${rule.folders.join(', ')} and no ${rule.packages.source} package`, () => {
      const wrong = sourceFiles(join(root, folder)).flatMap((path) =>
        importsOf(path)
          .filter((target) => {
            if (target.startsWith('package:')) return rule.packages.test(target.slice('package:'.length))
            return rule.folders.includes(target.split('/')[0])
          })
          .map((target) => `${relative(root, path)} -> ${target}`),
      )
      expect(wrong).toEqual([])
    })
  }
})
