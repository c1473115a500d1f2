import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { AgreementImport } from '#models/agreement-import'
import { agreementImportSubject, isStalled } from '#models/agreement-import-state'
import { runImport } from './run-import.server'
import { getImport } from './get-import.server'

/** Reads again an import whose reading was cut off (the server stopped part way), from the kept file. */
export async function retryImport({ actor, importId }: { actor: TActor; importId: string }) {
  const agreementImport = await getImport({ actor, importId })
  assertCan(actor, 'create', agreementImportSubject(agreementImport))
  if (!isStalled(agreementImport)) throw new AppError('conflict', { message: 'This import is not waiting to be read again' })
  await AgreementImport.updateOne({ _id: agreementImport._id, status: 'reading' }, { $set: { progress: { stage: 'reading', share: 0, at: new Date() } } })
  void runImport({ importId: agreementImport._id }).catch((error: unknown) => console.error(error))
}
