// The obligation both dashboard-sized benchmarks fill the database with: a provider's monthly
// attendance report (Kent PRU Schedule 1, paragraph 7(VII)), one per period, in a given state.
import type { Types } from 'mongoose'

export type TBenchReport = {
  agreement: { _id: Types.ObjectId; reference: string; title: string }
  authorityId: Types.ObjectId
  providerId: Types.ObjectId
  /** Which obligation of the agreement ("bench/attendance") and which period of it. */
  obligationKey: string
  period: number
  periodLabel: string
  dueOn: string
  state: 'pending' | 'submitted' | 'accepted' | 'returned' | 'resubmitted'
}

export function attendanceReport({ agreement, authorityId, providerId, obligationKey, period, periodLabel, dueOn, state }: TBenchReport) {
  return {
    series: agreement._id,
    agreement: agreement._id,
    agreementReference: agreement.reference,
    agreementTitle: agreement.title,
    authority: authorityId,
    parties: [providerId],
    organisation: providerId,
    ownerParty: 'provider',
    ownerDescription: 'The Provider',
    obligationKey,
    key: `${obligationKey}@${period}`,
    category: 'report',
    name: 'Attendance report for each student',
    clause: 'Schedule 1, paragraph 7.VII',
    clauseId: 'bench',
    recurrence: 'monthly',
    dueRule: 'monthly',
    periodKey: String(period),
    periodLabel,
    dueOn,
    basis: '',
    title: `Attendance report for each student, ${periodLabel}, due ${dueOn}`,
    state,
    withdrawn: false,
  }
}
