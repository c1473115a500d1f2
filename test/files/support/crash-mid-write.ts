// Run as a child process and killed with SIGKILL part-way: spools a file that never ends (printing
// "spooling" once it has started), or, with `keep`, keeps a 20 MB file (printing "keeping" first).
import { getFileStore } from '#app/file-store/file-store.server'
import { spoolBytes, spoolStream } from '#app/file-store/spool.server'

const store = getFileStore()
if (process.argv[2] === 'keep') {
  const spooled = await spoolBytes(store.spoolDir, Buffer.alloc(20 * 1024 * 1024, 0x5a))
  console.log('keeping')
  await store.keep(spooled)
  console.log('kept')
} else {
  async function* endless() {
    for (;;) {
      yield Buffer.alloc(64 * 1024, 0x41)
      console.log('spooling')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  await spoolStream({ dir: store.spoolDir, source: endless() })
}
