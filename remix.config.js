/** @type {import('@remix-run/dev').AppConfig} */
export default {
  // Tests sit beside routes without becoming routes (Remix Indie Stack).
  ignoredRouteFiles: ['**/.*', '**/*.test.{ts,tsx}'],
  serverModuleFormat: 'esm',
  serverPlatform: 'node',
  // Inlined so plain Node can load the build: it will not import JSON without an import attribute.
  serverDependenciesToBundle: [/^govuk-frontend\/package\.json$/],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
  },
}
