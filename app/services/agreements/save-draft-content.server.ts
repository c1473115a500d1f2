import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { validateAgreementContent, type AgreementContent } from '#clauses/agreement-content'
import { termDatesOf } from '#models/agreement-clauses'
import { Agreement, historyEntry, type TAgreement } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'

export type TSaveDraftContentOptions = {
  actor: TActor
  agreement: Pick<TAgreement, '_id' | 'authority' | 'reference' | 'status'> & Partial<Pick<TAgreement, 'updatedAt'>>
  content: AgreementContent
  /** Audit action, e.g. "agreement.clause_updated". */
  action: string
  summary: string
  /** Fields saved in the same write: the parties with the parties clause, the deleted-items bin with a deletion. */
  also?: Partial<Pick<TAgreement, 'partyDetails' | 'parties' | 'memberSchools' | 'removedItems'>>
}

/** Saves edited clauses of a draft, keeping the agreement's dates in step with its term clause. Only a
 * draft still in draft when the write lands is changed, so an edit cannot slip in after it was sent to legal. */
export async function saveDraftContent({ actor, agreement, content, action, summary, also = {} }: TSaveDraftContentOptions) {
  const checked = validateAgreementContent(content)
  if (!checked.success) {
    const fields = Object.fromEntries(checked.issues.map((issue) => [issue.path, issue.message]))
    throw new AppError('validation', { message: checked.issues[0]?.message ?? 'Check the clause values', details: { fields } })
  }
  const { commencesOn, endsOn } = termDatesOf(checked.value)
  // The change and its audit event are saved together or not at all.
  return inTransaction(async (session) => {
    // Read as of `updatedAt`: an edit made from an older copy (two people restructuring at once)
    // is refused rather than silently undoing the other's change.
    const unchangedSince = agreement.updatedAt ? { updatedAt: agreement.updatedAt } : {}
    const updated = await Agreement.findOneAndUpdate(
      { _id: agreement._id, status: 'draft', ...unchangedSince },
      {
        $set: { content: checked.value, commencesOn, endsOn, ...also },
        $push: { history: historyEntry(actor, action, summary) },
      },
      { returnDocument: 'after', session },
    ).lean()
    if (!updated) throw await whyNotSaved(agreement)
    await recordAuditEvent({
      actor,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action,
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: ${summary}`,
      session,
    })
    return updated
  })
}

async function whyNotSaved(agreement: TSaveDraftContentOptions['agreement']) {
  const current = await Agreement.findById(agreement._id).select({ status: 1 }).lean()
  if (current?.status === 'draft') return new AppError('conflict', { message: 'Someone else changed this draft at the same time. Reload it and make your change again.' })
  return new AppError('conflict', { message: 'Only a draft can be edited, and this agreement is no longer a draft' })
}
