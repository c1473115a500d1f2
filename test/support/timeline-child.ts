// A child process that builds timelines on request, for tests that must fail rather than hang if
// a computation never ends (test/support/time-limited-timeline.ts). Each request names a template,
// the dates to build it with, a term calendar and a what-if; each answer is the timeline and the
// CPU time it took.
import { buildAgreementTimeline, type AgreementTimeline } from '#clauses/timeline/build-timeline'
import type { AgreementEvent, WhatIf } from '#clauses/timeline/context'
import type { TermCalendar } from '#clauses/values'
import { getTemplate } from '#templates/registry'

export type TTimelineRequest = {
  id: number
  template: string
  commencesOn?: string
  endsOn?: string
  termCalendar?: TermCalendar
  events?: AgreementEvent[]
  whatIf?: WhatIf
}

export type TTimelineAnswer = { id: number; timeline?: AgreementTimeline; cpuMs: number; error?: string }

process.on('message', (request: TTimelineRequest) => {
  const started = process.cpuUsage()
  const answer = (fields: Partial<TTimelineAnswer>) => {
    const used = process.cpuUsage(started)
    process.send?.({ id: request.id, cpuMs: (used.user + used.system) / 1000, ...fields })
  }
  try {
    const template = getTemplate(request.template)
    if (!template) throw new Error(`No template ${request.template}`)
    const { content } = template.build({ commencesOn: request.commencesOn, endsOn: request.endsOn })
    answer({ timeline: buildAgreementTimeline({ content, termCalendar: request.termCalendar, events: request.events, whatIf: request.whatIf }) })
  } catch (error) {
    answer({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
  }
})

process.send?.({ id: 0, cpuMs: 0 })
