import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  resolve: {
    alias: {
      '#app': here('./app'),
      '#models': here('./models'),
      '#clauses': here('./clauses'),
      '#templates': here('./templates'),
      '#db': here('./db'),
      '#test': here('./test'),
    },
  },
  test: {
    globals: true,
    include: ['{app,models,clauses,templates,db,test}/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
