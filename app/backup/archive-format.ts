// The backup archive (decision record 007): a gzip'd tar whose entries come in this order, so a
// restore keeps every file before any record that names it.
//   backup.json                        format, when, from which database
//   files/sha256/<sha256>              each file the database names, under its own SHA-256
//   data/seal/<name>                   the demo seal key, when the app made one (signed PDFs verify)
//   db/<database>/<collection>.metadata.json   options and indexes (Extended JSON)
//   db/<database>/<collection>.bson    its documents, one BSON document after another (mongodump's layout)
//   manifest.json                      what the archive holds, checked at the end of a restore

export const BACKUP_FORMAT = 'sla-register-backup/1'

export type TBackupHeader = { format: typeof BACKUP_FORMAT; createdAt: string; database: string; source: 'embedded' | 'mongodb' }

export type TBackupManifest = {
  documents: number
  collections: Record<string, number>
  files: number
  fileBytes: number
}

export const FILE_ENTRY = /^files\/sha256\/([0-9a-f]{64})$/
export const COLLECTION_ENTRY = /^db\/[^/]+\/([^/]+)\.(bson|metadata\.json)$/
export const SEAL_ENTRY = /^data\/seal\/([A-Za-z0-9._-]+)$/
