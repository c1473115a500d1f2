import mongoose, { Schema, type InferSchemaType, type Types } from 'mongoose'
import { type TermCalendar as TTermCalendarValue } from '#clauses/values'
import { marksDataChanged } from './data-version'

const halfTermSchema = new Schema(
  {
    start: { type: String, required: true },
    end: { type: String, required: true },
  },
  { _id: false },
)

// Dates are `YYYY-MM-DD` calendar dates (inclusive), the shape the calendar engine's ZTermCalendar reads.
const termSchema = new Schema(
  {
    name: { type: String, required: true, trim: true },
    season: { type: String, enum: ['autumn', 'spring', 'summer'], required: true },
    start: { type: String, required: true },
    end: { type: String, required: true },
    halfTerm: { type: halfTermSchema, default: undefined },
  },
  { _id: false },
)

const academicYearSchema = new Schema(
  {
    year: { type: String, required: true },
    terms: { type: [termSchema], default: [] },
    // Demo dates are named as such in every deadline worked out from them; an administrator's edit clears the mark.
    demo: { type: Boolean, default: undefined },
    source: { type: String, default: undefined },
  },
  { _id: false },
)

// One term calendar per local authority: Kent publishes six terms a year, the others three with a half term each.
const termCalendarSchema = new Schema(
  {
    authority: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    authorityName: { type: String, required: true, trim: true },
    academicYears: { type: [academicYearSchema], default: [] },
  },
  { timestamps: true },
)

termCalendarSchema.index({ authority: 1 }, { unique: true })

export type TTermCalendar = InferSchemaType<typeof termCalendarSchema> & { _id: Types.ObjectId }

termCalendarSchema.plugin(marksDataChanged)

export const TermCalendar = (mongoose.models.TermCalendar ??
  mongoose.model('TermCalendar', termCalendarSchema)) as mongoose.Model<TTermCalendar>

type TStoredTerm = {
  name: string
  season: 'autumn' | 'spring' | 'summer'
  start: string
  end: string
  halfTerm?: { start: string; end: string } | null
}
type TStoredCalendar = {
  authorityName: string
  academicYears: readonly { year: string; terms: readonly TStoredTerm[]; demo?: boolean | null; source?: string | null }[]
}

/** The stored calendar in the calendar engine's shape, academic years in date order. */
export function toTermCalendarValue(calendar: TStoredCalendar): TTermCalendarValue {
  return {
    authority: calendar.authorityName,
    academicYears: [...calendar.academicYears]
      .sort((a, b) => a.year.localeCompare(b.year))
      .map((academicYear) => ({
        year: academicYear.year,
        ...(academicYear.demo ? { demo: true } : {}),
        ...(academicYear.source ? { source: academicYear.source } : {}),
        terms: academicYear.terms.map((term) => ({
          name: term.name,
          season: term.season,
          start: term.start,
          end: term.end,
          ...(term.halfTerm ? { halfTerm: { start: term.halfTerm.start, end: term.halfTerm.end } } : {}),
        })),
      })),
  }
}

/** The term calendar an agreement's school days and terms are counted in: its authority's. */
export function findTermCalendarByAuthority(authorityId: string | Types.ObjectId) {
  return TermCalendar.findOne({ authority: authorityId }).lean()
}
