import { existsSync, readFileSync, readdirSync } from 'node:fs'

/**
 * A process as a lock or a server record names it: its pid and, on Linux, the time it started (in
 * clock ticks since boot, from /proc/<pid>/stat), so a pid the kernel has since given to an
 * unrelated process is told apart from the one that wrote the record.
 */
export interface ProcessIdentity {
  pid: number
  startedAt?: string
}

/**
 * running: it may still write. exiting: killed or ending, it can run no more code, but a write it
 * had started may still reach the file. gone: nothing of it is left (a zombie has closed its files).
 */
export type ProcessState = 'running' | 'exiting' | 'gone'

const hasProc = existsSync('/proc/self/stat')
// proc(5): PF_EXITING in the flags of /proc/<pid>/stat; SIGKILL is signal 9, bit 8 of a pending mask.
const PF_EXITING = 0x4
const SIGKILL_BIT = 1n << 8n

interface TaskStat {
  state: string
  flags: number
  startedAt: string
}

/** Fields 3 (state), 9 (flags) and 22 (starttime) of a stat file; the name before them may hold spaces. */
function readTaskStat(path: string): TaskStat | undefined {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  return { state: fields[0], flags: Number(fields[6]), startedAt: fields[19] }
}

export function currentProcess(): ProcessIdentity {
  const startedAt = hasProc ? readTaskStat(`/proc/${process.pid}/stat`)?.startedAt : undefined
  return startedAt === undefined ? { pid: process.pid } : { pid: process.pid, startedAt }
}

export function processState(identity: ProcessIdentity): ProcessState {
  const { pid } = identity
  if (!Number.isInteger(pid) || pid <= 0) return 'gone'
  if (!hasProc) return signalReaches(pid) ? 'running' : 'gone'
  const leader = readTaskStat(`/proc/${pid}/stat`)
  if (!leader) return 'gone'
  if (identity.startedAt !== undefined && identity.startedAt !== leader.startedAt) return 'gone'
  const live = liveTasks(pid)
  if (live.length === 0) return 'gone'
  if (live.some((task) => task.flags & PF_EXITING) || killPending(pid) || leader.state === 'Z') return 'exiting'
  return 'running'
}

/** The process's threads that have not yet exited; the leader can be a zombie while others finish. */
function liveTasks(pid: number): TaskStat[] {
  let tasks: string[]
  try {
    tasks = readdirSync(`/proc/${pid}/task`)
  } catch {
    return []
  }
  return tasks
    .map((task) => readTaskStat(`/proc/${pid}/task/${task}/stat`))
    .filter((task): task is TaskStat => task !== undefined && task.state !== 'Z' && task.state !== 'X')
}

/** Whether SIGKILL has been sent but not yet acted on: `kill -9` returns before the process stops. */
function killPending(pid: number): boolean {
  let status: string
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return false
  }
  return [...status.matchAll(/^(?:ShdPnd|SigPnd):\s*([0-9a-f]+)$/gm)].some(([, mask]) => (BigInt(`0x${mask}`) & SIGKILL_BIT) !== 0n)
}

/** Off Linux: signal 0 says whether a process with this pid exists (EPERM: it does, another user's). */
function signalReaches(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
