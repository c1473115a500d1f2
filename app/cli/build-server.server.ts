import { build, type Plugin } from 'esbuild'

// `npm run build`: compiles server.ts and the app code it imports into build/server.js, so a start
// runs plain Node instead of compiling TypeScript on every start (issue 16: restart under 3 s).
// Packages stay in node_modules, loaded by Node as usual; only a package's JSON (govuk-frontend's
// version) is inlined, because Node will not import JSON without an import attribute.
const packagesStayExternal: Plugin = {
  name: 'packages-stay-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./#]/ }, ({ path }) => (path.endsWith('.json') ? undefined : { path, external: true }))
  },
}

await build({
  entryPoints: ['server.ts'],
  outfile: 'build/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [packagesStayExternal],
})
