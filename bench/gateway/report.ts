import type { Measurement } from './measure.ts';

export interface Row extends Measurement {
  query: 'single' | 'cross';
  target: string;
  connections: number;
}

const GATEWAYS = ['pave', 'pave-embedded', 'apollo'];
const r2 = (value: number) => Math.round(value * 100) / 100;

function finder(rows: Row[]) {
  return (query: Row['query'], target: string, connections: number) => {
    const row = rows.find((r) => r.query === query && r.target === target && r.connections === connections);
    if (!row) throw new Error(`no measurement for ${query} × ${connections} → ${target}`);
    return row;
  };
}

/** Each gateway against Apollo Gateway and against the subgraph alone, and the two targets. */
export function ratios(rows: Row[], connections: number) {
  const find = finder(rows);
  const cases = [
    { query: 'single', connections },
    { query: 'cross', connections },
    { query: 'single', connections: 1 },
  ] as const;
  const compared = cases.map(({ query, connections: c }) => {
    const apollo = find(query, 'apollo', c);
    const direct = find(query, 'direct', c);
    const gateways = GATEWAYS.filter((g) =>
      rows.some((r) => r.query === query && r.target === g && r.connections === c),
    );
    return {
      query,
      connections: c,
      gateways: Object.fromEntries(
        gateways.map((g) => {
          const row = find(query, g, c);
          return [
            g,
            {
              rpsVsApollo: r2(row.rps / apollo.rps),
              p50VsApollo: r2(row.p50 / apollo.p50),
              p95VsApollo: r2(row.p95 / apollo.p95),
              // The embedded gateway shares its process with the subgraphs: no separate figures.
              gatewayCpuVsApollo:
                g === 'pave-embedded' ? null : r2(row.cpuMsPerRequest.server / apollo.cpuMsPerRequest.server),
              peakRssVsApollo: g === 'pave-embedded' ? null : r2(row.rssMiB.peak / apollo.rssMiB.peak),
              // Direct to the catalog the cross query lacks the second subgraph: a floor, not a twin.
              p50AddedOverDirectMs: r2(row.p50 - direct.p50),
              rpsVsDirect: r2(row.rps / direct.rps),
            },
          ];
        }),
      ),
    };
  });
  const added = (gateway: string, c: number) =>
    r2(find('single', gateway, c).p50 - find('single', 'direct', c).p50);
  const crossRps = (gateway: string) =>
    r2(find('cross', gateway, connections).rps / find('cross', 'apollo', connections).rps);
  const singleAdded = (gateway: string) => ({
    underLoad: added(gateway, connections),
    oneConnection: added(gateway, 1),
  });
  return {
    compared,
    targets: {
      singleAddedP50Ms: {
        target: '< 2 ms',
        pave: singleAdded('pave'),
      },
      crossRpsVsApollo: {
        target: '>= 2x',
        pave: crossRps('pave'),
      },
    },
  };
}

const mib = (value: number) => value.toFixed(0);
const row = (cells: unknown[]) => `| ${cells.join(' | ')} |`;

/** One line per measurement. */
export function renderRows(rows: Row[]): string[] {
  return [
    '| query | conns | target | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req server | CPU ms/req subgraphs | server RSS MiB before → after (peak) | failed | other CPU % |',
    '|---|--:|---|--:|--:|--:|--:|--:|--:|---|--:|--:|',
    ...rows.map((r) =>
      row([
        r.query,
        r.connections,
        r.target,
        r.rps,
        r.p50,
        r.p95,
        r.p99,
        r.cpuMsPerRequest.server,
        r.cpuMsPerRequest.subgraphs || '—',
        `${mib(r.rssMiB.before)} → ${mib(r.rssMiB.after)} (${mib(r.rssMiB.peak)})`,
        r.failures,
        r.otherCpuPercent,
      ]),
    ),
  ];
}

/** The measurements, the ratios, the memory of each process and the verdicts on the targets. */
export function renderMarkdown(results: {
  rows: Row[];
  ratios: ReturnType<typeof ratios>;
  settings: { connections: number };
  memory: Record<string, Record<string, number>>;
}): string {
  const lines = [
    ...renderRows(results.rows),
    '',
    '| query | conns | gateway | req/s ÷ Apollo | p50 ÷ Apollo | p95 ÷ Apollo | gateway CPU/req ÷ Apollo | peak RSS ÷ Apollo | p50 − direct (ms) | req/s ÷ direct |',
    '|---|--:|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const { query, connections, gateways } of results.ratios.compared) {
    for (const [name, g] of Object.entries(gateways)) {
      const cells = [
        g.rpsVsApollo,
        g.p50VsApollo,
        g.p95VsApollo,
        g.gatewayCpuVsApollo ?? '—',
        g.peakRssVsApollo ?? '—',
      ];
      lines.push(row([query, connections, name, ...cells, g.p50AddedOverDirectMs, g.rpsVsDirect]));
    }
  }
  const memoryKeys = ['idleRssMiB', 'peakRssMiB', 'finalRssMiB', 'heapUsedMiB', 'externalMiB'];
  lines.push('', row(['process', ...memoryKeys]), row(['---', ...memoryKeys.map(() => '--:')]));
  for (const [name, memory] of Object.entries(results.memory)) {
    lines.push(row([name, ...memoryKeys.map((key) => memory[key])]));
  }
  const { singleAddedP50Ms: single, crossRpsVsApollo: cross } = results.ratios.targets;
  const verdict = (met: boolean) => (met ? 'met' : 'missed');
  const c = results.settings.connections;
  lines.push('');
  for (const gateway of ['pave'] as const) {
    const { underLoad, oneConnection } = single[gateway];
    lines.push(
      `${gateway}: single-subgraph p50 over direct: +${underLoad} ms at ${c} connections (${verdict(underLoad < 2)}), +${oneConnection} ms at 1 (${verdict(oneConnection < 2)}); cross-subgraph req/s ${cross[gateway]}x Apollo Gateway (${verdict(cross[gateway] >= 2)}).`,
    );
  }
  return `${lines.join('\n')}\n`;
}
