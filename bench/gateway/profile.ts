// `node gateway/profile.ts <dir>`: where the CPU time went in each *.cpuprofile of a
// BENCH_PROFILE=1 run, by package and by function (self time).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/** `graphql`, `@graphql-tools/delegate`, `pave:gateway/src`, `node:internal/...`, `(garbage collector)`. */
function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.split('/node_modules/').pop() ?? url;
  if (modules !== url)
    return modules.startsWith('@')
      ? modules.split('/').slice(0, 2).join('/')
      : (modules.split('/')[0] ?? url);
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  const pave = /\/work\/main\/([^/]+\/[^/]+)/.exec(url);
  return pave ? `pave:${pave[1]}` : url;
}

function top(totals: Map<string, number>, all: number, count: number): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `  ${((100 * us) / all).toFixed(1).padStart(5)}%  ${name}`);
}

const dir = process.argv[2] ?? '.';
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort()) {
  const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const us = profile.timeDeltas[i] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    busy += us;
    const pkg = owner(frame.url, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${pkg}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  });
  process.stdout.write(`\n${file}: ${(busy / 1e6).toFixed(1)} s busy\n by package:\n`);
  process.stdout.write(
    `${top(packages, busy, 12).join('\n')}\n by function:\n${top(functions, busy, 12).join('\n')}\n`,
  );
}
