import { DEMO_TERM_CALENDARS } from '#clauses/calendar/term-dates/index'
import { Organisation } from '#models/organisation'
import { TermCalendar } from '#models/term-calendar'
import { type TSeedContext } from './seed.server'

/**
 * The calendar engine's demo term dates (2025/26 to 2027/28) as each demo authority's stored term
 * calendar. Only a missing calendar is created, so dates an administrator has edited are kept.
 */
export async function seedTermCalendars(_context: TSeedContext) {
  for (const { calendar } of DEMO_TERM_CALENDARS) {
    const authority = await Organisation.findOne({ name: calendar.authority, kind: 'local_authority' }).lean()
    if (!authority) continue
    await TermCalendar.updateOne(
      { authority: authority._id },
      { $setOnInsert: { authority: authority._id, authorityName: authority.name, academicYears: calendar.academicYears } },
      { upsert: true },
    )
  }
}
