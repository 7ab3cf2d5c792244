import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Where a figure's CPU went: the measured process and the machine as a whole (Linux /proc; NaN elsewhere). */
export interface CpuUse {
  /** CPU seconds the measured process (the API, or the worker; all its threads) used during the figure. */
  processSeconds: number;
  /** The part of processSeconds spent in the kernel on the process's behalf (system time: its system calls, socket reads and writes above all). */
  processSystemSeconds: number;
  /** CPU seconds this process (the load generator, or pgbench's parent) used meanwhile. */
  benchSeconds: number;
  /** Share of all cores busy during the figure, whoever used them, in percent. */
  machineBusyPercent: number;
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function processTicks(pid: number | undefined): { user: number; system: number } {
  if (pid === undefined) return { user: Number.NaN, system: Number.NaN };
  try {
    // The command name (field 2) may hold spaces; utime and stime are fields 14 and 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { user: Number(fields[11]), system: Number(fields[12]) };
  } catch {
    return { user: Number.NaN, system: Number.NaN };
  }
}

function systemTicks(): { busy: number; total: number } {
  try {
    const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const ticks = values.map(Number);
    const total = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0);
    const idle = ticks[3] + ticks[4];
    return { busy: total - idle, total };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}

/** Runs `work` and reports the CPU the process `pid` and the whole machine spent meanwhile. */
export async function withCpu<T>(pid: number | undefined, work: () => Promise<T>): Promise<{ result: T; cpu: CpuUse }> {
  const process0 = processTicks(pid);
  const sys0 = systemTicks();
  const self0 = process.cpuUsage();
  const result = await work();
  const self = process.cpuUsage(self0);
  const process1 = processTicks(pid);
  const sys1 = systemTicks();
  return {
    result,
    cpu: {
      processSeconds: (process1.user + process1.system - process0.user - process0.system) / clockTicks(),
      processSystemSeconds: (process1.system - process0.system) / clockTicks(),
      benchSeconds: (self.user + self.system) / 1e6,
      machineBusyPercent: ((sys1.busy - sys0.busy) / (sys1.total - sys0.total)) * 100,
    },
  };
}
