// Every database field that names a file store key. The sweep keeps what these name and the backup
// copies it; a new kind of file adds its field here (test/files/file-references.test.ts fails for a
// schema field ending `StoreKey` that is missing).
import { AgreementImport } from '#models/agreement-import'
import { Evidence } from '#models/evidence'
import { SigningRequest } from '#models/signing-request'

type TFileReference = { collection: string; paths: string[]; model: { exists(filter: Record<string, string>): Promise<unknown>; distinct(path: string): Promise<unknown[]> } }

export function fileReferences(): TFileReference[] {
  return [
    { collection: Evidence.collection.collectionName, paths: ['storeKey'], model: Evidence },
    { collection: SigningRequest.collection.collectionName, paths: ['documentStoreKey', 'signedStoreKey', 'signatories.signature.drawnStoreKey'], model: SigningRequest },
    { collection: AgreementImport.collection.collectionName, paths: ['file.storeKey'], model: AgreementImport },
  ]
}

/** Every key some record names now. */
export async function referencedStoreKeys(): Promise<Set<string>> {
  const keys = new Set<string>()
  for (const { model, paths } of fileReferences()) {
    for (const path of paths) for (const key of await model.distinct(path)) if (typeof key === 'string') keys.add(key)
  }
  return keys
}

export async function isStoreKeyReferenced(key: string): Promise<boolean> {
  for (const { model, paths } of fileReferences()) {
    for (const path of paths) if (await model.exists({ [path]: key })) return true
  }
  return false
}

/** The keys one dumped document names (the backup reads documents, not the live database). */
export function storeKeysIn(doc: Record<string, unknown>, path: string): string[] {
  const [head, ...rest] = path.split('.')
  const values = [doc[head]].flat()
  if (rest.length === 0) return values.filter((value): value is string => typeof value === 'string')
  return values.flatMap((value) => (value && typeof value === 'object' ? storeKeysIn(value as Record<string, unknown>, rest.join('.')) : []))
}
