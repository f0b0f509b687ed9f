// `pnpm bench`: the Pave gateway against direct subgraph calls and Apollo Gateway, in one run,
// over the same subgraphs, under the same load. Method and results: README.md beside this file.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IDENTITY_HEADER, type Identity, IdentitySigner } from '@pave/subgraph-kit';
import { writeBenchCatalog } from './catalog.ts';
import { type Child, startChild } from './child.ts';
import { machine, source, versions } from './environment.ts';
import { rssMiB, type Sample, sample, summarize, warmUp } from './measure.ts';
import { type Row, ratios, renderMarkdown, renderRows } from './report.ts';

const settings = {
  components: Number(process.env.BENCH_COMPONENTS ?? 500),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 8),
  durationSeconds: Number(process.env.BENCH_DURATION ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP ?? 2),
  rounds: Number(process.env.BENCH_ROUNDS ?? 4),
};
const list = (extra: string) =>
  `{ entities(filter: { kind: "component" }, first: ${settings.components}) { nodes { ref ... on Component { ${extra}owner { ref } } } } }`;
const QUERIES = {
  single: '{ entity(ref: "component:default/svc-1") { ref name } }',
  cross: list('deployCount '),
  // Direct to the catalog there is no second subgraph: its part of the cross query, as a floor.
  crossCatalogOnly: list(''),
};

/** BENCH_PROFILE=1: CPU profiles of the given processes over a run (see profile.ts). */
async function profile(scenario: string, processes: Child[]): Promise<() => Promise<void>> {
  if (!process.env.BENCH_PROFILE) return async () => {};
  const unique = [...new Set(processes)];
  const stops = await Promise.all(unique.map((child) => child.profile()));
  return async () => {
    await mkdir(join(dir, 'profiles'), { recursive: true });
    const file = (i: number) => join(dir, 'profiles', `${scenario}.${unique[i]?.name}.cpuprofile`);
    await Promise.all(stops.map((stop, i) => stop(file(i))));
  };
}

async function post(url: string, headers: Record<string, string>, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

const dir = await writeBenchCatalog({ components: settings.components, teams: 20 });
const identityKey = randomBytes(32).toString('base64url');
const signer = new IdentitySigner(identityKey);
const children: Child[] = [];
let finished = false;
try {
  process.stdout.write(`Benchmark directory (logs): ${dir}\nStarting the platform and the gateways…\n`);
  const platform = await startChild({
    name: 'platform',
    file: './subgraphs.ts',
    dir,
    input: { dir, identityKey },
  });
  children.push(platform);
  const { rootToken, supergraph, subgraphs } = platform.info as unknown as {
    rootToken: string;
    supergraph: string;
    subgraphs: Record<string, string>;
  };
  const input = { dir, identityKey, rootToken, supergraph };
  const gateway = (name: string, file: string) => startChild({ name, file, dir, input });
  const started = await Promise.all([
    gateway('pave', './paveGateway.ts'),
    gateway('apollo', './apolloGateway.ts'),
    gateway('store-only', './storeOnly.ts'),
  ]);
  children.push(...started);
  const [pave, apollo] = started;
  const idleRss = Object.fromEntries(children.map((c) => [c.name, rssMiB(c.pid)]));

  const bearer = () => ({ authorization: `Bearer ${rootToken}` });
  const root: Identity = { subject: 'root', kind: 'root', groups: [], admin: true };
  const identity = () => ({ [IDENTITY_HEADER]: signer.sign(root) });
  const targets = {
    direct: { url: subgraphs.catalog as string, child: platform, headers: identity },
    pave: { url: pave.info.url, child: pave, headers: bearer },
    apollo: { url: apollo.info.url, child: apollo, headers: bearer },
    'pave-embedded': { url: platform.info.url, child: platform, headers: bearer },
  };
  type Target = keyof typeof targets;
  const all = Object.keys(targets) as Target[];
  const cases = [
    { query: 'single' as const, connections: settings.connections, names: all },
    { query: 'cross' as const, connections: settings.connections, names: all },
    { query: 'single' as const, connections: 1, names: ['direct', 'pave', 'apollo'] as Target[] },
  ].filter(({ query }) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY === query);

  const rows: Row[] = [];
  const answers = new Map<string, string>();
  for (const { query, connections, names } of cases) {
    const text = (name: Target) =>
      query === 'cross' && name === 'direct' ? QUERIES.crossCatalogOnly : QUERIES[query];
    // Signed identities expire after a minute: a fresh load, headers and all, for every run.
    const load = (name: Target) => ({
      url: targets[name].url,
      headers: targets[name].headers(),
      body: JSON.stringify({ query: text(name) }),
      connections,
      pids: { server: targets[name].child.pid, subgraphs: platform.pid },
    });
    for (const name of names) {
      // Every target must give the same, complete answer before it is timed.
      const answer = await post(targets[name].url, targets[name].headers(), text(name));
      const nodes = (answer.data as { entities?: { nodes: unknown[] } })?.entities?.nodes;
      if (answer.errors || !answer.data || (nodes && nodes.length !== settings.components)) {
        throw new Error(`${name} answered ${JSON.stringify(answer).slice(0, 500)}`);
      }
      const seen = answers.get(text(name)) ?? JSON.stringify(answer.data);
      if (seen !== JSON.stringify(answer.data)) throw new Error(`${name} answered differently to ${query}`);
      answers.set(text(name), seen);
      await warmUp(load(name), settings.warmupSeconds);
    }
    // Rounds in rotating order, so that a burst of other work on the machine hits every target alike.
    const samples = new Map<Target, Sample[]>(names.map((name) => [name, []]));
    for (let round = 0; round < settings.rounds; round++) {
      for (const name of names.map((_, i) => names[(i + round) % names.length] as Target)) {
        const scenario = `${query}-${connections}-${name}-${round + 1}`;
        const stopProfiles = await profile(scenario, [targets[name].child, platform]);
        const measured = await sample(load(name), settings.durationSeconds / settings.rounds);
        await stopProfiles();
        const rps = (measured.latencies.length / measured.seconds).toFixed(1);
        process.stdout.write(`${query} × ${connections}, round ${round + 1}: ${name} ${rps} req/s\n`);
        samples.get(name)?.push(measured);
      }
    }
    for (const name of names) {
      rows.push({ query, target: name, connections, ...summarize(samples.get(name) ?? []) });
    }
  }

  if (process.env.BENCH_ONLY || process.env.BENCH_PROFILE) {
    // A partial or profiled run is for looking into something: print it, keep the logs, record nothing.
    process.stdout.write(`\n${renderRows(rows).join('\n')}\n\nProfiles and logs: ${dir}\n`);
  } else {
    const memory: Record<string, Record<string, number>> = {};
    for (const child of children) {
      const { rss, peak } = rssMiB(child.pid);
      const { heapUsed, external } = await child.memory();
      const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
      memory[child.name] = {
        idleRssMiB: Math.round(idleRss[child.name]?.rss ?? 0),
        finalRssMiB: Math.round(rss),
        peakRssMiB: Math.round(peak),
        heapUsedMiB: mib(heapUsed),
        externalMiB: mib(external),
      };
    }
    const results = {
      date: new Date().toISOString(),
      machine: machine(),
      source: source(),
      versions: await versions(),
      settings,
      queries: QUERIES,
      rows,
      memory,
      ratios: ratios(rows, settings.connections),
    };
    const file = new URL(`../results/gateway-${results.date.slice(0, 10)}.json`, import.meta.url);
    await mkdir(new URL('.', file), { recursive: true });
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`\n${renderMarkdown(results)}\nRaw numbers: ${file.pathname}\n`);
    finished = true;
  }
} finally {
  for (const child of children.reverse()) await child.stop();
  // Keep the logs of a failed run.
  if (finished) await rm(dir, { recursive: true, force: true });
}
