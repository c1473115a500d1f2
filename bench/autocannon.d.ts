// The part of autocannon's API the dashboard benchmark uses (the package ships no types).
declare module 'autocannon' {
  type TClient = {
    on(event: 'response', listener: (statusCode: number, bytes: number, responseTime: number) => void): void
    setHeaders(headers: Record<string, string>): void
  }
  type TOptions = { url: string; connections: number; duration: number; headers?: Record<string, string>; setupClient?: (client: TClient) => void }
  type TResult = { requests: { total: number }; errors: number; non2xx: number }
  export default function autocannon(options: TOptions): Promise<TResult>
}
