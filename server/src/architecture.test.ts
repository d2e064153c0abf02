// Folders of server/src depend on each other in one direction only (docs/architecture.md#folders):
// this builds the import graph of every .ts file, tests included, reduces it to top-level folders
// (a file directly in server/src counts as a folder of its own) and fails on any cycle, printing it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.dirname(new URL(import.meta.url).pathname);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The specifiers of `import … from`, `export … from`, `import '…'` and `import('…')` in `source`. */
export function importSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gms))
    specifiers.push(m[1]!);
  for (const m of source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) specifiers.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(m[1]!);
  return specifiers;
}

/** The top-level folder of server/src that `file` belongs to (a file in server/src itself: its own name). */
function folderOf(file: string): string | undefined {
  const relative = path.relative(SRC, file);
  if (relative.startsWith('..')) return undefined; // outside server/src (schema/generated, seeds/)
  const [first, ...rest] = relative.split(path.sep);
  return rest.length > 0 ? first! : first!.replace(/\.ts$/, '');
}

/** folder → folders it imports, with one file that does so for each (for the message). */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of tsFiles(SRC)) {
    const from = folderOf(file)!;
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const to = folderOf(path.resolve(path.dirname(file), specifier));
      if (to === undefined || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${path.relative(SRC, file)} → ${specifier}`);
    }
  }
  return graph;
}

/** Every cycle found by depth-first search, each as the folders in order (first repeated at the end). */
export function cycles(graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('server/src folder dependencies', () => {
  it('finds the imports it checks', () => {
    expect(
      importSpecifiers(
        `import a from './a.js';\nimport type {\n  B,\n} from "../b.js";\nexport { c } from './c.js';\nimport './d.js';\nconst e = await import('./e.js');`,
      ),
    ).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
    expect(
      cycles(
        new Map([
          ['a', new Map([['b', '']])],
          ['b', new Map([['a', '']])],
        ]),
      ),
    ).toEqual([['a', 'b', 'a']]);
    const graph = folderGraph();
    expect(graph.get('graphql')?.has('network')).toBe(true);
  });

  it('has no cycle between top-level folders', () => {
    const graph = folderGraph();
    const message = cycles(graph).map((cycle) =>
      cycle
        .map((folder, i) => (i === 0 ? folder : `  → ${folder}   (${graph.get(cycle[i - 1]!)!.get(folder)})`))
        .join('\n'),
    );
    expect(
      message,
      `import cycles between folders of server/src (docs/architecture.md#folders):\n${message.join('\n\n')}`,
    ).toEqual([]);
  });
});
