import { readFileSync } from 'node:fs';

/**
 * What /proc says about a process and its children (a cluster primary's workers): the
 * only view of a server's memory and CPU that needs nothing from the server itself, so
 * the compiled API runs exactly as `npm start` runs it.
 */

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ: 100 on every Linux that ships today). */
const TICKS_PER_SECOND = 100;

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The pids of a process's direct children (a cluster's workers), from every thread's list. */
export function childrenOf(pid: number): number[] {
  const text = readOrNull(`/proc/${pid}/task/${pid}/children`);
  return text === null ? [] : text.trim().split(/\s+/).filter(Boolean).map(Number);
}

/** A process and its children, the whole server as a client sees it. */
export const processTree = (pid: number): number[] => [pid, ...childrenOf(pid)];

/** Resident memory of one process in bytes (VmRSS), 0 once it has gone. */
export function rssOf(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readOrNull(`/proc/${pid}/status`) ?? '');
  return match ? Number(match[1]) * 1024 : 0;
}

/** Fields after the command name in /proc/<pid>/stat (the name may hold spaces and parentheses). */
export function statFields(line: string): string[] {
  return line
    .slice(line.lastIndexOf(')') + 2)
    .trim()
    .split(/\s+/);
}

/** User + system CPU seconds of one process so far (its own, not its reaped children's). */
export function cpuSecondsOf(pid: number): number {
  const line = readOrNull(`/proc/${pid}/stat`);
  if (line === null) return 0;
  const fields = statFields(line);
  // utime and stime are fields 14 and 15 of stat(5); fields[0] here is field 3 (state).
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** CPU seconds of reaped children, from a /proc/<pid>/stat line (cutime + cstime, fields 16–17). */
export function childCpuSecondsFromStat(line: string): number {
  const fields = statFields(line);
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

export const treeRss = (pid: number): number => processTree(pid).reduce((sum, id) => sum + rssOf(id), 0);
export const treeCpuSeconds = (pid: number): number =>
  processTree(pid).reduce((sum, id) => sum + cpuSecondsOf(id), 0);
