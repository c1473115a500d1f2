/** The client's address as Express saw it (server.ts passes it on), used to rate-limit sign-in. */
export function clientAddress(request: Request) {
  return request.headers.get('x-sla-client-address') ?? 'unknown'
}
