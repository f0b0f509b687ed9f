/** The benchmark's results as the Markdown tables bench/catalog/README.md shows. */
import type { BackstageResult } from './backstage.ts';
import type { Latency } from './measure.ts';
import type { PaveResult } from './run.ts';
import { SCENARIO_LABELS, SCENARIOS } from './scenarios.ts';

export interface Report {
  started: string;
  machine: { cpus: number; model?: string; memoryGiB: number };
  loadAverage: { before: number[]; after: number[] };
  settings: { size: number; samples: number; warmup: number };
  pave: PaveResult[];
  backstage?: { backstage: BackstageResult; pave?: PaveResult; attempts: BackstageResult[] };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const cell = (l: Latency | undefined) => (l ? `${ms(l.p50)} / ${ms(l.p95)}` : '—');
const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
const refresh = (r: PaveResult['refresh']) => {
  const { unchanged, changed } = r as Record<'unchanged' | 'changed', { readMs: number; ingestMs: number }>;
  return `${seconds(unchanged.readMs + unchanged.ingestMs)} (read ${seconds(unchanged.readMs)}) / ${seconds(changed.readMs + changed.ingestMs)}`;
};

export function renderReport(report: Report): string {
  const lines: string[] = [];
  const stores = report.pave;
  if (stores.length > 0) renderPave(report, lines);
  renderBackstage(report, lines);
  lines.push(
    '',
    `Machine: ${report.machine.cpus} × ${report.machine.model ?? 'CPU'}, ${report.machine.memoryGiB} GiB; load average ${report.loadAverage.before.map((l) => l.toFixed(1)).join(' ')} at the start, ${report.loadAverage.after.map((l) => l.toFixed(1)).join(' ')} at the end.`,
  );
  return lines.join('\n');
}

function renderPave(report: Report, lines: string[]): void {
  const stores = report.pave;
  lines.push(
    `Pave at ${report.settings.size.toLocaleString('en')} entities, through the gateway, p50 / p95 in ms (${report.settings.samples} requests each after ${report.settings.warmup} warm-up, one at a time):`,
    '',
    `| | ${stores.map((p) => p.store).join(' | ')} |`,
    `| --- | ${stores.map(() => '---').join(' | ')} |`,
  );
  for (const scenario of SCENARIOS) {
    lines.push(
      `| ${SCENARIO_LABELS[scenario]} | ${stores.map((p) => cell(p.latency[scenario])).join(' | ')} |`,
    );
  }
  lines.push(
    `| ingest all (start → serving) | ${stores.map((p) => seconds(p.ingestMs)).join(' | ')} |`,
    `| refresh: nothing changed / 500 changed | ${stores.map((p) => refresh(p.refresh)).join(' | ')} |`,
    `| memory after the queries (RSS / peak, MiB) | ${stores.map((p) => `${p.memoryMiB.rss} / ${p.memoryMiB.peak}`).join(' | ')} |`,
    `| load average during the run (1 min) | ${stores.map((p) => p.loadAverage[0]).join(' | ')} |`,
  );
}

function renderBackstage(report: Report, lines: string[]): void {
  const comparison = report.backstage;
  if (comparison) {
    const { backstage, pave } = comparison;
    lines.push('', 'Backstage ingestion attempts (10-minute limit):', '');
    for (const attempt of comparison.attempts) {
      lines.push(
        `- ${attempt.size.toLocaleString('en')} entities: ${attempt.done ? 'done' : 'not done'} after ${seconds(attempt.ingestMs)} (${JSON.stringify(attempt.progress)})`,
      );
    }
    lines.push('');
    if (!backstage.done || !pave) {
      lines.push(
        `Backstage did not finish ingesting ${backstage.size.toLocaleString('en')} entities in time: ${JSON.stringify(backstage.progress)} after ${seconds(backstage.ingestMs)}.`,
      );
    } else {
      lines.push(
        `Equal data, ${backstage.size.toLocaleString('en')} entities, both on the same PostgreSQL, p50 / p95 in ms:`,
        '',
        '| | Backstage REST | Pave GraphQL | Backstage ÷ Pave (p50) |',
        '| --- | --- | --- | --- |',
      );
      for (const scenario of SCENARIOS) {
        const b = backstage.latency?.[scenario];
        const p = pave.latency[scenario];
        lines.push(
          `| ${SCENARIO_LABELS[scenario]} | ${cell(b)} | ${cell(p)} | ${b ? `${(b.p50 / p.p50).toFixed(1)}x` : '—'} |`,
        );
      }
      lines.push(
        `| ingest all | ${seconds(backstage.ingestMs)} | ${seconds(pave.ingestMs)} | ${(backstage.ingestMs / pave.ingestMs).toFixed(1)}x |`,
        `| memory (RSS / peak, MiB) | ${backstage.memoryMiB.rss} / ${backstage.memoryMiB.peak} | ${pave.memoryMiB.rss} / ${pave.memoryMiB.peak} | |`,
      );
    }
  }
}
