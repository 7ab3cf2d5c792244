import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface LayerShare {
  layer: string;
  sampledMs: number;
  percent: number;
  microsPerEvent: number;
}

type Frame = ProfileNode['callFrame'];
const inPath = (pattern: RegExp) => (frame: Frame) => pattern.test(frame.url);

/**
 * The layers of one event, tried in this order on each frame. Node's own socket code matches no
 * layer, so a socket write is charged to whoever called it (the database driver or the HTTP answer).
 */
const LAYERS: [string, (frame: Frame) => boolean][] = [
  ['access log', inPath(/\/src\/access-log\/|access-log\.interceptor/)],
  ['access guard', inPath(/\/src\/access\//)],
  ['token', inPath(/\/src\/auth\/|\/node_modules\/(jsonwebtoken|jws|jwa|jose|passport[^/]*)\//)],
  ['rate limit', inPath(/\/src\/throttling\/|\/node_modules\/rate-limiter[^/]*\//)],
  ['validation', inPath(/\/node_modules\/(class-validator|class-transformer|validator|zod|ajv)\/|\/dto\/|validation/)],
  ['database driver', inPath(/\/node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[^/]+|typeorm)\//)],
  ['logging', inPath(/\/node_modules\/(pino[^/]*|nestjs-pino|sonic-boom)\/|\/src\/logging\//)],
  ['metrics', inPath(/\/node_modules\/prom-client\/|\/src\/metrics\//)],
  ['runtime and machine', inPath(/\/node_modules\/xstate\/|\/workflows\/|\/src\/courses\/|\/src\/outbox\//)],
  ['JSON', (frame) => frame.url === '' && /^(JSON\.)?(parse|stringify)$/.test(frame.functionName)],
  [
    'HTTP parsing',
    inPath(
      /node:_http_|\/node_modules\/(express|body-parser|raw-body|router|helmet|on-finished|finalhandler|send|qs|type-is|content-type|parseurl|iconv-lite|@nestjs\/platform-express)\//,
    ),
  ],
  ['framework (Nest, rxjs)', inPath(/\/node_modules\/(@nestjs\/core|@nestjs\/common|rxjs)\//)],
  ['garbage collection', (frame) => frame.functionName === '(garbage collector)'],
];
export const LAYER_NAMES = [...LAYERS.map(([name]) => name), 'other'];
const DRIVER = 'database driver';
/** Whose statements the driver's samples served, when the caller is still on the stack (sending). */
const STATEMENT_SENDERS = ['access log', 'access guard', 'rate limit', 'runtime and machine'];
const senderLabel = (sender: string | undefined) =>
  `  of which ${sender ? `sending for ${sender}` : 'reading answers, pool, transactions'}`;

/**
 * Where the API's CPU went during a profiled load of `events` events: each sample is charged to
 * the first layer that one of its frames matches, walking from the running function outwards.
 * Idle samples, and the profiler's own, are left out. A socket write (a system call) is charged to
 * the layer that asked for it. The driver's share is split by whose statement it was sending,
 * where that caller is on the stack; reading answers runs from the socket, with no caller.
 */
export function layersOf(profileFile: string, events: number): LayerShare[] {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const layerOfNode = new Map<number, string | null>();
  const layerOf = (id: number): string | null => {
    const known = layerOfNode.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    // Idle time, and the profiler's own start and stop, are no event's cost.
    if (node.callFrame.functionName === '(idle)' || /^node:inspector$|profile-agent/.test(node.callFrame.url))
      return null;
    const own = LAYERS.find(([, matches]) => matches(node.callFrame))?.[0];
    const parent = parentOf.get(id);
    const layer = own ?? (parent === undefined ? 'other' : layerOf(parent));
    layerOfNode.set(id, layer);
    return layer;
  };

  const senderOf = (id: number): string | undefined => {
    for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) {
      const layer = LAYERS.find(([, matches]) => matches(byId.get(at!)!.callFrame))?.[0];
      if (layer && STATEMENT_SENDERS.includes(layer)) return layer;
    }
    return undefined;
  };

  const micros = new Map<string, number>();
  const add = (key: string, us: number) => micros.set(key, (micros.get(key) ?? 0) + us);
  profile.samples.forEach((id, i) => {
    const layer = layerOf(id);
    // timeDeltas[i] is the time since the previous sample; charge it to this sample.
    const us = profile.timeDeltas[i] ?? 0;
    if (layer === null) return;
    add(layer, us);
    if (layer === DRIVER) add(senderLabel(senderOf(id)), us);
  });
  const total = LAYER_NAMES.reduce((sum, layer) => sum + (micros.get(layer) ?? 0), 0);
  const share = (layer: string): LayerShare => {
    const us = micros.get(layer) ?? 0;
    return { layer, sampledMs: us / 1000, percent: (us / total) * 100, microsPerEvent: us / events };
  };
  const senders = [...STATEMENT_SENDERS, undefined].map((sender) => share(senderLabel(sender)));
  return LAYER_NAMES.map(share)
    .sort((a, b) => b.sampledMs - a.sampledMs)
    .flatMap((layer) => (layer.layer === DRIVER ? [layer, ...senders] : [layer]));
}

/** The layers as a Markdown table, per `unit` (an event, or a read). */
export function formatLayers(layers: LayerShare[], unit = 'event'): string {
  const total = layers.filter((l) => !l.layer.startsWith(' ')).reduce((sum, l) => sum + l.microsPerEvent, 0);
  const rows = [
    ...layers.map((l) => [l.layer, l.microsPerEvent.toFixed(0), `${l.percent.toFixed(1)}%`]),
    ['total (sampled, not idle)', total.toFixed(0), '100%'],
  ];
  const header = ['layer', `µs per ${unit}`, 'share'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
