import { levelsFrom } from '../../model/lines.ts';
import type { LogFilter } from '../../port.ts';
import { escapeQuoted } from '../scoping/templates.ts';

/** How each level may be spelled in a level label. */
const SPELLINGS: Record<string, string[]> = {
  debug: ['debug', 'DEBUG', 'trace', 'TRACE'],
  info: ['info', 'INFO', 'information'],
  warn: ['warn', 'WARN', 'warning', 'WARNING'],
  error: ['error', 'ERROR', 'err', 'fatal', 'FATAL', 'critical', 'CRITICAL'],
};

const regexAlternatives = (values: string[]) =>
  values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\\\$&')).join('|');

/** `{matchers} |= "grep" | level=~"warn|error"`: a LogQL log query for a scope and filter. */
export function logqlFor(
  matchers: string,
  filter: Omit<LogFilter, 'since' | 'until'>,
  labels: { level: string; source?: string },
): string {
  let query = `{${matchers}}`;
  if (filter.grep !== undefined) query += ` |= "${escapeQuoted(filter.grep)}"`;
  if (filter.minLevel) {
    const spellings = levelsFrom(filter.minLevel).flatMap((level) => SPELLINGS[level] ?? []);
    query += ` | ${labels.level}=~"${regexAlternatives(spellings)}"`;
  }
  if (filter.sources && labels.source) {
    const wanted = filter.sources.includes('process') ? [...filter.sources, ''] : filter.sources;
    query += ` | ${labels.source}=~"${regexAlternatives(wanted)}"`;
  }
  return query;
}

/** The level a label value names, if any. */
export function levelOf(value: string | undefined): 'debug' | 'info' | 'warn' | 'error' | undefined {
  if (!value) return undefined;
  for (const [level, spellings] of Object.entries(SPELLINGS)) {
    if (spellings.includes(value) || spellings.includes(value.toLowerCase())) return level as 'debug';
  }
  return undefined;
}
