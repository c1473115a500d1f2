// Timeline benchmark: the full timeline of one agreement, and of 500 agreements (every template in
// turn, with its authority's demo term calendar, a recorded complaint and a what-if notice and
// dispute). Targets: under 5 ms for one, under 500 ms for 500. Run: npm run bench:timeline
import { availableParallelism, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { demoTermCalendarFor } from '#clauses/calendar/term-dates'
import { buildTimeline, type BuildTimelineOptions } from '#clauses/timeline/build-timeline'
import { templates } from '#templates/registry'

const AGREEMENTS = 500
const SINGLE_RUNS = 200

const inputs: BuildTimelineOptions[] = templates.map((template) => ({
  content: template.build({ commencesOn: '2026-09-01', endsOn: '2028-08-31' }).content,
  termCalendar: demoTermCalendarFor(template.authorityName),
  events: [
    { type: 'complaint_received', occurredOn: '2026-11-27', time: '14:00' },
    { type: 'referral_received', occurredOn: '2027-04-02' },
  ],
  whatIf: { noticeServedOn: '2026-12-24', noticeMethod: 'post', disputeReferredOn: '2026-11-23' },
}))

function time(work: () => void): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

/** CPU time of this process, which other work on a busy machine does not inflate as it does the wall clock. */
function cpuTime(work: () => void): number {
  const start = process.cpuUsage()
  work()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]
}

const coldMs = time(() => buildTimeline(inputs[0]))
const entriesPerTemplate = inputs.map((input) => buildTimeline(input).length)

const singles = Array.from({ length: SINGLE_RUNS }, (_, index) => time(() => buildTimeline(inputs[index % inputs.length]))).sort((a, b) => a - b)

let entryCount = 0
const buildAll = () => {
  entryCount = 0
  for (let index = 0; index < AGREEMENTS; index++) entryCount += buildTimeline(inputs[index % inputs.length]).length
}
const batchMs = time(buildAll)
const batchCpuMs = cpuTime(buildAll)
const singleCpuMs = cpuTime(() => inputs.forEach((input) => buildTimeline(input))) / inputs.length

const format = (ms: number) => `${ms.toFixed(2)} ms`
console.log(`templates: ${templates.map((template) => template.key).join(', ')}`)
console.log(`entries per agreement: ${entriesPerTemplate.join(', ')}`)
console.log(`one agreement, first build (cold caches): ${format(coldMs)}`)
console.log(`one agreement, ${SINGLE_RUNS} builds: median ${format(percentile(singles, 0.5))}, p95 ${format(percentile(singles, 0.95))}, max ${format(singles.at(-1) ?? 0)} (target < 5 ms)`)
console.log(`one agreement, CPU time averaged over the ${inputs.length} templates: ${format(singleCpuMs)}`)
console.log(`${AGREEMENTS} agreements: ${format(batchMs)} wall clock, ${format(batchCpuMs)} CPU time, for ${entryCount} entries (target < 500 ms)`)
console.log(`load average while running: ${loadavg().map((load) => load.toFixed(1)).join(', ')} on ${availableParallelism()} CPUs`)
