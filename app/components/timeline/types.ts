import type { TimelineEntry } from '#clauses/values'

/** A timeline entry as the page shows it: with an anchor the month calendar links to. */
export type TTimelineRow = TimelineEntry & { anchor: string }
