// A DOCX or XLSX is a zip. A zip bomb (a few MB that inflate to gigabytes) would be accepted by the
// type check, which reads one entry, and then hang or fill the disk of whoever opens it. So, before
// an Office file is accepted, its directory is read (entry count, declared sizes and ratios), then
// every entry is inflated and counted, so a directory that lies about its sizes is caught too.
// The limits follow Apache POI's ZipSecureFile (used by most Office-reading servers): a ratio of at
// most 100 to 1 for entries past 100 KB, and bounded totals. OWASP ASVS 4.0 V12.1.2.
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'

export const OFFICE_ZIP_LIMITS = {
  entries: 10_000,
  inflatedBytes: 256 * 1024 * 1024,
  ratio: 100,
  /** Entries smaller than this inflated are not held to the ratio (a tiny XML part may compress 200 to 1). */
  ratioGraceBytes: 100 * 1024,
}

export class ZipBombError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ZipBombError'
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** Resolves when the Office file at `path` is within every limit; ZipBombError names the one it breaks. */
export async function checkOfficeZip(path: string, limits = OFFICE_ZIP_LIMITS): Promise<void> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: false, strictFileNames: false })
  try {
    if (zip.entryCount > limits.entries) throw new ZipBombError(`The document is a zip of ${zip.entryCount.toLocaleString('en-GB')} parts (at most ${limits.entries.toLocaleString('en-GB')} are accepted), as a zip bomb is; save it again from Word or Excel`)
    // First the directory alone, so a bomb is refused before anything is inflated.
    const entries: yauzl.Entry[] = []
    let declared = 0
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize
      if (declared > limits.inflatedBytes) throw tooLarge(limits)
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
      if (entry.uncompressedSize > limits.ratioGraceBytes && ratio > limits.ratio) {
        throw new ZipBombError(`The document's part ${entry.fileName} inflates ${Math.round(ratio)} times (at most ${limits.ratio} times is accepted), as a zip bomb does; save it again from Word or Excel`)
      }
      if (!entry.fileName.endsWith('/')) entries.push(entry)
    }
    // Then every part inflated and counted, so a part bigger than its directory entry says stops there.
    let inflated = 0
    for (const entry of entries) {
      const stream = await zip.openReadStreamPromise(entry)
      let part = 0
      await pipeline(
        stream,
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            part += chunk.length
            inflated += chunk.length
            if (part > entry.uncompressedSize) return done(new ZipBombError(`The document's part ${entry.fileName} inflates to more than the ${entry.uncompressedSize.toLocaleString('en-GB')} bytes its zip directory declares, as a zip bomb does; save it again from Word or Excel`))
            done(inflated > limits.inflatedBytes ? tooLarge(limits) : null)
          },
        }),
      )
    }
  } catch (error) {
    if (error instanceof ZipBombError) throw error
    throw new ZipBombError(`The document's zip structure cannot be read (${(error as Error).message}); save it again from Word or Excel`)
  } finally {
    zip.close()
  }
}

function tooLarge(limits: typeof OFFICE_ZIP_LIMITS) {
  return new ZipBombError(`The document inflates to more than ${megabytes(limits.inflatedBytes)} (at most ${megabytes(limits.inflatedBytes)} is accepted), as a zip bomb does; save it again from Word or Excel`)
}
