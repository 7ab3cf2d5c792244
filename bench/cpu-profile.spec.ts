import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layersOf } from './cpu-profile';

const APP = 'file:///app/dist/src';
const MODULES = 'file:///app/node_modules';

/** A profile whose nodes form chains from the root; each chain's last node is sampled `micros` once. */
function profileFile(chains: { frames: [string, string][]; micros: number }[]): string {
  const nodes: { id: number; callFrame: { functionName: string; url: string }; children: number[] }[] = [
    { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [] },
  ];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  for (const chain of chains) {
    let parent = nodes[0];
    for (const [functionName, url] of chain.frames) {
      const node = { id: nodes.length + 1, callFrame: { functionName, url }, children: [] };
      parent.children.push(node.id);
      nodes.push(node);
      parent = node;
    }
    samples.push(parent.id);
    timeDeltas.push(chain.micros);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'cpu-profile-')), 'test.cpuprofile');
  writeFileSync(file, JSON.stringify({ nodes, samples, timeDeltas }));
  return file;
}

const byLayer = (file: string, events: number) =>
  Object.fromEntries(layersOf(file, events).map((l) => [l.layer.trim(), l.microsPerEvent]));

describe('layersOf', () => {
  it('charges a socket write to the layer that asked for it and leaves idle and profiler samples out', () => {
    const file = profileFile([
      {
        frames: [
          ['canActivate', `${APP}/access/access.guard.js`],
          ['query', `${MODULES}/pg/lib/client.js`],
          ['writev', ''],
        ],
        micros: 600,
      },
      { frames: [['handle', `${MODULES}/express/lib/router/index.js`]], micros: 200 },
      {
        frames: [
          ['increment', `${APP}/throttling/redis-throttler-storage.js`],
          ['writeUtf8String', ''],
        ],
        micros: 100,
      },
      { frames: [['record', `${APP}/access-log/access-log.repository.js`]], micros: 100 },
      { frames: [['(idle)', '']], micros: 5000 },
      { frames: [['post', 'node:inspector']], micros: 7000 },
    ]);
    const layers = byLayer(file, 2);
    expect(layers['database driver']).toBe(300);
    expect(layers['of which sending for access guard']).toBe(300);
    expect(layers['HTTP parsing']).toBe(100);
    expect(layers['rate limit']).toBe(50);
    expect(layers['access log']).toBe(50);
    expect(layers.other).toBe(0);
    expect(layersOf(file, 2).find((l) => l.layer === 'database driver')?.percent).toBe(60);
  });

  it('charges a frame that matches no layer to the nearest caller that does, and else to other', () => {
    const file = profileFile([
      {
        frames: [
          ['transition', `${MODULES}/xstate/dist/index.cjs.js`],
          ['helper', 'node:internal/util'],
        ],
        micros: 300,
      },
      { frames: [['(program)', '']], micros: 100 },
    ]);
    const layers = byLayer(file, 1);
    expect(layers['runtime and machine']).toBe(300);
    expect(layers.other).toBe(100);
  });
});
