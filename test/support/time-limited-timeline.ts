// Builds timelines in a child process with a time limit on every call, so a computation that never
// ends fails its test (naming the inputs) instead of hanging the whole run at 100% CPU, as the
// Nottingham draft on its seed's dates once hung the server.
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { TTimelineAnswer, TTimelineRequest } from './timeline-child'

export type { TTimelineRequest }

export class TimeLimitedTimelines {
  private child: ChildProcess | undefined
  private nextId = 1

  constructor(private readonly limitMs: number) {}

  private async start(): Promise<ChildProcess> {
    if (this.child) return this.child
    const child = fork(fileURLToPath(new URL('./timeline-child.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve())
      child.once('error', reject)
    })
    this.child = child
    return child
  }

  /** The timeline, or a rejection if it takes longer than the limit (the child is then killed). */
  async build(request: Omit<TTimelineRequest, 'id'>): Promise<Required<Pick<TTimelineAnswer, 'timeline' | 'cpuMs'>>> {
    const child = await this.start()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.off('message', onMessage)
        this.stop()
        reject(new Error(`The timeline took longer than ${this.limitMs} ms: ${JSON.stringify({ ...request, termCalendar: request.termCalendar?.authority })}`))
      }, this.limitMs)
      const onMessage = (answer: TTimelineAnswer) => {
        if (answer.id !== id) return
        clearTimeout(timer)
        child.off('message', onMessage)
        if (answer.error || !answer.timeline) reject(new Error(`${answer.error ?? 'No timeline'}: ${JSON.stringify(request)}`))
        else resolve({ timeline: answer.timeline, cpuMs: answer.cpuMs })
      }
      child.on('message', onMessage)
      child.send({ ...request, id })
    })
  }

  stop(): void {
    this.child?.kill('SIGKILL')
    this.child = undefined
  }
}
