// Measuring the app's server from a benchmark: memory and CPU are read for the whole process tree
// (the server and anything it starts), from ps and /proc.
import { execFileSync } from 'node:child_process'

/** RSS of a process and all its descendants. */
export function treeRssKb(pid: number): number {
  const rows = processTree(pid)
  return rows.reduce((sum, [, , rss]) => sum + rss, 0)
}

/** Rows of [pid, parent pid, RSS in KB] for a process and its descendants. */
export function processTree(pid: number) {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=']).toString().trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number))
  const inTree = new Set([pid])
  for (let grew = true; grew; ) {
    grew = false
    for (const [child, parent] of rows) {
      if (inTree.has(parent) && !inTree.has(child)) {
        inTree.add(child)
        grew = true
      }
    }
  }
  return rows.filter(([child]) => inTree.has(child))
}

export async function waitFor(condition: () => boolean, timeoutMs: number, describe: () => string) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out:\n${describe()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
