import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { CpuUse } from './cpu';
import type { LayerShare } from './cpu-profile';
import type { LatencySummary } from './http-load';
import type { MachineResult } from './machine';
import type { OpenLoopSummary } from './open-loop';
import type { PgbenchResult } from './pgbench';
import type { ReportTiming, RequestTimes } from './report-timing';
import { RESULTS_DIR } from './settings';
import { type TimerLateness, WARM_FROM_SECONDS } from './timer-lateness';

export interface Measurements {
  http: LatencySummary;
  httpSingle: LatencySummary;
  openLoop: OpenLoopSummary;
  pgbench: PgbenchResult;
  pgbenchSingle: PgbenchResult;
  /** GET /courses/:id against pgbench of its one statement (the read, the relation, the access-log INSERT). */
  reads: { http: LatencySummary; pgbench: PgbenchResult; cpu: { http: CpuUse; pgbench: CpuUse } };
  machine: MachineResult;
  cpu: { http: CpuUse; pgbench: CpuUse };
  timers: TimerLateness;
  reports: ReportTiming;
  layers: LayerShare[];
  readLayers: LayerShare[];
}

export interface Row {
  figure: string;
  value: string;
  goal: string;
  /** undefined when the figure has no goal. */
  met?: boolean;
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const timesOf = (t: RequestTimes) => `${fixed(t.p50Ms, 0)} / ${fixed(t.maxMs, 0)}`;
const latenessOf = (l: TimerLateness['notification']) =>
  `${fixed(l.p50Ms, 0)} / ${fixed(l.p99Ms, 0)} / ${fixed(l.maxMs, 0)}`;

/** The figures the run is judged by; the ratios are derived here and nowhere else. */
export function rowsOf(m: Measurements): { rows: Row[]; derived: Record<string, number> } {
  const c = m.http.clients;
  const throughputRatio = m.http.tps / m.pgbench.tps;
  const latencyRatio = m.httpSingle.p50Ms / m.pgbenchSingle.latencyAverageMs;
  const readRatio = m.reads.http.tps / m.reads.pgbench.tps;
  const cpuMsPerRead = (m.reads.cpu.http.processSeconds * 1000) / m.reads.http.requests;
  /** The CPU of every process on the machine per request: the share of all cores busy, over the rate. */
  const machineMsPer = (cpu: CpuUse, perSecond: number) =>
    ((cpu.machineBusyPercent / 100) * cpus().length * 1000) / perSecond;
  const cpuMsPerEvent = (m.cpu.http.processSeconds * 1000) / m.http.requests;
  const timerRatio = m.timers.notification.p99Ms / m.timers.bareBullmq.p99Ms;
  const warmTimerRatio = m.timers.notificationWarm.p99Ms / m.timers.bareBullmqWarm.p99Ms;
  const machineSharePercent = (1 / m.machine.transitionsPerSecond / (m.httpSingle.p50Ms / 1000)) * 100;
  const rows: Row[] = [
    { figure: `HTTP TPS (${c} clients)`, value: fixed(m.http.tps, 1), goal: '' },
    {
      figure: `HTTP p50 / p99 ms (${c} clients)`,
      value: `${fixed(m.http.p50Ms, 2)} / ${fixed(m.http.p99Ms, 2)}`,
      goal: '',
    },
    { figure: `pgbench TPS (${m.pgbench.clients} clients)`, value: fixed(m.pgbench.tps, 1), goal: '' },
    // Issue #16's targets; the compass aims at 0.6 for the throughput ratio.
    {
      figure: 'HTTP TPS / pgbench TPS',
      value: fixed(throughputRatio, 2),
      goal: '>= 0.35',
      met: throughputRatio >= 0.35,
    },
    {
      figure: `API process CPU ms per event (${c} clients)`,
      value: fixed(cpuMsPerEvent, 2),
      goal: '<= 0.6',
      met: cpuMsPerEvent <= 0.6,
    },
    {
      figure: `API process kernel (system) CPU ms per event (${c} clients)`,
      value: fixed((m.cpu.http.processSystemSeconds * 1000) / m.http.requests, 2),
      goal: '',
    },
    {
      figure: `all cores busy % during HTTP / pgbench (${c} clients)`,
      value: `${fixed(m.cpu.http.machineBusyPercent, 0)} / ${fixed(m.cpu.pgbench.machineBusyPercent, 0)}`,
      goal: '',
    },
    { figure: 'single-client HTTP p50 ms', value: fixed(m.httpSingle.p50Ms, 2), goal: '' },
    { figure: 'single-client pgbench latency ms (avg)', value: fixed(m.pgbenchSingle.latencyAverageMs, 2), goal: '' },
    {
      figure: 'single-client HTTP p50 / pgbench latency',
      value: fixed(latencyRatio, 2),
      goal: '<= 4',
      met: latencyRatio <= 4,
    },
    { figure: `HTTP reads/s, GET /courses/:id (${c} clients)`, value: fixed(m.reads.http.tps, 1), goal: '' },
    {
      figure: `pgbench reads/s, same SQL (${m.reads.pgbench.clients} clients)`,
      value: fixed(m.reads.pgbench.tps, 1),
      goal: '',
    },
    {
      figure: 'HTTP reads/s / pgbench reads/s',
      value: fixed(readRatio, 2),
      goal: '>= 0.35',
      met: readRatio >= 0.35,
    },
    { figure: `API process CPU ms per read (${c} clients)`, value: fixed(cpuMsPerRead, 2), goal: '' },
    {
      figure: `API process kernel (system) CPU ms per read (${c} clients)`,
      value: fixed((m.reads.cpu.http.processSystemSeconds * 1000) / m.reads.http.requests, 2),
      goal: '',
    },
    {
      figure: 'whole machine CPU ms per read: HTTP / pgbench',
      value: `${fixed(machineMsPer(m.reads.cpu.http, m.reads.http.tps), 2)} / ${fixed(machineMsPer(m.reads.cpu.pgbench, m.reads.pgbench.tps), 2)}`,
      goal: '',
    },
    {
      figure: `open loop at ${fixed(m.openLoop.arrivalRate, 0)}/s (half the maximum), p50 / p99 ms`,
      value: `${fixed(m.openLoop.p50Ms, 2)} / ${fixed(m.openLoop.p99Ms, 2)}`,
      goal: '',
    },
    { figure: 'machine transitions/s (in process)', value: fixed(m.machine.transitionsPerSecond, 0), goal: '' },
    {
      figure: 'machine share of one event (of single-client p50)',
      value: `${fixed(machineSharePercent, 2)}%`,
      goal: '< 1%',
      met: machineSharePercent < 1,
    },
    {
      figure: `escalation steps fired / due (${m.timers.due} pending, due within ${fixed(m.timers.dueSpreadSeconds, 0)} s)`,
      value: `${m.timers.fired} / ${m.timers.due}`,
      goal: 'all, once each',
      met: m.timers.fired === m.timers.due && m.timers.notified === m.timers.due,
    },
    {
      figure: 'step lateness, due to notification row, p50 / p99 / max ms',
      value: latenessOf(m.timers.notification),
      goal: '',
    },
    { figure: 'step lateness, due to step fired, p50 / p99 / max ms', value: latenessOf(m.timers.firing), goal: '' },
    {
      figure: `bare BullMQ delayed-job lateness, same burst, p50 / p99 / max ms`,
      value: latenessOf(m.timers.bareBullmq),
      goal: '',
    },
    {
      figure: 'step lateness p99 (notification) / bare BullMQ p99',
      value: fixed(timerRatio, 2),
      goal: '<= 2',
      met: timerRatio <= 2,
    },
    {
      figure: `the same, due ${WARM_FROM_SECONDS} s or more into the burst: step / bare p99 ms (ratio)`,
      value: `${fixed(m.timers.notificationWarm.p99Ms, 0)} / ${fixed(m.timers.bareBullmqWarm.p99Ms, 0)} (${fixed(warmTimerRatio, 2)})`,
      goal: '',
    },
    {
      figure: 'steps falling due / notified per second during the burst',
      value: `${fixed(m.timers.burst.duePerSecond, 0)} / ${fixed(m.timers.burst.notifiedPerSecond, 0)}`,
      goal: '',
    },
    {
      figure: 'CPU ms per step: worker process / whole machine',
      value: `${fixed(m.timers.burst.workerCpuMsPerStep, 2)} / ${fixed(m.timers.burst.machineCpuMsPerStep, 2)}`,
      goal: '',
    },
    {
      figure: `steps per second ${cpus().length} cores could fire at that cost`,
      value: fixed(m.timers.burst.machineCapacityPerSecond, 0),
      goal: '',
    },
    {
      figure: 'Redis bytes per pending escalation step (MEMORY USAGE of its job)',
      value: fixed(m.timers.redisBytesPerPendingStep, 0),
      goal: '<= 1024',
      met: m.timers.redisBytesPerPendingStep <= 1024,
    },
    {
      figure: `outcome report, ${m.reports.courses} courses / ${m.reports.events} events, p50 / max ms`,
      value: timesOf(m.reports.outcomes),
      goal: '< 5000',
      met: m.reports.outcomes.maxMs < 5000,
    },
    {
      figure: 'outcome report, one municipality, p50 / max ms',
      value: timesOf(m.reports.outcomesOneMunicipality),
      goal: '',
    },
    { figure: 'outcome report as CSV, p50 / max ms', value: timesOf(m.reports.outcomesCsv), goal: '' },
    { figure: 'fidelity report, every team, p50 / max ms', value: timesOf(m.reports.fidelity), goal: '' },
  ];
  return {
    rows,
    derived: {
      throughputRatio,
      readRatio,
      latencyRatio,
      machineSharePercent,
      cpuMsPerEvent,
      cpuMsPerRead,
      timerRatio,
      warmTimerRatio,
    },
  };
}

export function formatTable(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.figure,
    r.value,
    r.goal || '-',
    r.met === undefined ? '' : r.met ? 'met' : 'MISSED',
  ]);
  const header = ['figure', 'value', 'goal', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 1 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}

/** Writes bench/results/latest.json and returns its path. */
export function writeResults(
  m: Measurements,
  rows: Row[],
  derived: Record<string, number>,
  totalSeconds: number,
): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'latest.json');
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    totalSeconds,
    rows,
    derived,
    measurements: m,
  };
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
