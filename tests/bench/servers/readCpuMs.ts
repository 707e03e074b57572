import fs from 'node:fs';

/** Kernel clock ticks per second (USER_HZ), which /proc reports times in; 100 on Linux. */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, from /proc/<pid>/stat. */
export function readCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}
