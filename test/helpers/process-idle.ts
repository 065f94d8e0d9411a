/**
 * Waits until a process has stopped working: its CPU time (utime + stime in
 * /proc/<pid>/stat) stands still over three polls in a row. A condition, not a
 * fixed sleep: on a busy machine it simply takes more polls.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

function cpuTicks(pid: number): number {
  // The fields after the command's name (which may hold spaces) are fixed: utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

export async function untilIdle(pid: number, polls = 3, maxPolls = 1200): Promise<void> {
  let last = cpuTicks(pid);
  let still = 0;
  for (let i = 0; i < maxPolls; i++) {
    await delay(100);
    const now = cpuTicks(pid);
    still = now === last ? still + 1 : 0;
    if (still >= polls) return;
    last = now;
  }
  throw new Error(`process ${pid} kept working through ${maxPolls} polls`);
}
