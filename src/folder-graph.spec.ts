/**
 * Seams that point one way (STYLE.md 7, issue #13 item 6): each folder of src/ and workflows/ is a
 * node, each import (type-only ones too) an edge to the folder it names, and no folder imports
 * another that imports it back, directly or around a longer circle. The machines in workflows/ are
 * pure and import nothing from src/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

const repository = resolve(__dirname, '..');
const roots = ['src', 'workflows'];

/** The folder a file belongs to: `access` for src/access/..., `workflows/icm-course`, or the root itself for its own files. */
const folderOf = (pathFromRepository: string): string => {
  const [root, folder, ...rest] = pathFromRepository.split(sep);
  if (rest.length === 0) return root;
  return root === 'src' ? folder : `${root}/${folder}`;
};

const aliases: Record<string, string> = { '@src/': 'src', '@workflows/': 'workflows' };

/** The repository path an import names (a folder's name stands for its index.ts), or undefined for a package. */
const targetOf = (file: string, specifier: string): string | undefined => {
  const alias = Object.keys(aliases).find((prefix) => specifier.startsWith(prefix));
  const target = specifier.startsWith('.')
    ? relative(repository, resolve(repository, dirname(file), specifier))
    : alias && join(aliases[alias], specifier.slice(alias.length));
  if (target === undefined) return undefined;
  return existsSync(join(repository, target, 'index.ts')) ? join(target, 'index.ts') : target;
};

const specifiersOf = (file: string): string[] => {
  const source = ts.createSourceFile(file, readFileSync(join(repository, file), 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      found.push((node.moduleReference.expression as ts.StringLiteral).text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      found.push((node.argument.literal as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

const files = roots.flatMap((root) =>
  readdirSync(join(repository, root), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(root, file)),
);

/** from folder -> to folder -> the files that make the edge, as `file imports specifier`. */
const edges = new Map<string, Map<string, string[]>>();
for (const file of files) {
  const from = folderOf(file);
  for (const specifier of specifiersOf(file)) {
    const target = targetOf(file, specifier);
    if (target === undefined || !roots.includes(target.split(sep)[0])) continue;
    const to = folderOf(target);
    if (to === from) continue;
    const outgoing = edges.get(from) ?? new Map<string, string[]>();
    outgoing.set(to, [...(outgoing.get(to) ?? []), `${file} imports ${specifier}`]);
    edges.set(from, outgoing);
  }
}
const next = (folder: string) => [...(edges.get(folder)?.keys() ?? [])].sort();

/** The shortest path from one folder to another along the edges, both ends included. */
const shortestPath = (from: string, to: string): string[] | undefined => {
  const cameFrom = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const folder = queue.shift()!;
    if (folder === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(cameFrom.get(path[0])!);
      return path;
    }
    for (const neighbour of next(folder).filter((n) => !cameFrom.has(n))) {
      cameFrom.set(neighbour, folder);
      queue.push(neighbour);
    }
  }
  return undefined;
};

/** Every edge that lies on a circle, named by the shortest circle through it, each circle once. */
const cycles = (): string[] => {
  const named = new Map<string, string>();
  for (const from of [...edges.keys()].sort()) {
    for (const to of next(from)) {
      const back = shortestPath(to, from);
      if (!back) continue;
      // The same circle entered at another folder is the same circle: start it at its least name.
      const entered = [from, ...back.slice(0, -1)];
      const start = entered.indexOf([...entered].sort()[0]);
      const ring = [...entered.slice(start), ...entered.slice(0, start)];
      const evidence = ring.map((folder, i) => `    ${edges.get(folder)!.get(ring[(i + 1) % ring.length])![0]}`);
      named.set(ring.join(' -> '), [[...ring, ring[0]].join(' -> '), ...evidence].join('\n'));
    }
  }
  return [...named.values()].sort();
};

describe('the folder import graph', () => {
  it('reads the imports of every folder', () => {
    expect(next('courses')).toContain('workflows/icm-course');
    expect(next('src')).toEqual(expect.arrayContaining(['access', 'courses', 'staff']));
  });

  it('has no circle: no folder imports another that imports it back', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps workflows/ pure of src/', () => {
    const fromWorkflows = [...edges.entries()]
      .filter(([from]) => from.startsWith('workflows'))
      .flatMap(([, outgoing]) => [...outgoing.entries()].filter(([to]) => !to.startsWith('workflows')))
      .flatMap(([, evidence]) => evidence);
    expect(fromWorkflows).toEqual([]);
  });
});
