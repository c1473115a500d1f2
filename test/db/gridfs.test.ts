import { createHash, randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { GridFSBucket } from 'mongodb'
import { useTestDatabase } from './harness'

const database = useTestDatabase()

describe('embedded database: GridFS', () => {
  it('uploads and downloads a 20 MB file with the same SHA-256', async () => {
    const content = randomBytes(20 * 1024 * 1024)
    const expected = createHash('sha256').update(content).digest('hex')
    const bucket = new GridFSBucket(database.current.client.db(), { bucketName: 'signedCopies' })
    const upload = bucket.openUploadStream('agreement.pdf', { metadata: { agreement: 'A-1' } })
    await pipeline(Readable.from([content]), upload)

    const hash = createHash('sha256')
    for await (const chunk of bucket.openDownloadStream(upload.id)) hash.update(chunk as Buffer)
    expect(hash.digest('hex')).toBe(expected)

    const [file] = await bucket.find({ filename: 'agreement.pdf' }).toArray()
    expect(file.length).toBe(20 * 1024 * 1024)
    const indexes = await database.current.client.db().collection('signedCopies.chunks').listIndexes().toArray()
    expect(indexes.find((index) => index.name === 'files_id_1_n_1')).toMatchObject({ unique: true })
    await bucket.delete(upload.id)
    expect(await database.current.client.db().collection('signedCopies.chunks').countDocuments()).toBe(0)
  })
})
