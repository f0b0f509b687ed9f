import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { guessLevel, matchesFilter, truncateLine } from '../../model/lines.ts';
import type {
  LogLine,
  LogPage,
  LogPageRequest,
  LogScope,
  LogsBackend,
  TailRequest,
  TailSink,
} from '../../port.ts';
import { fillTemplate, scopeNames } from '../scoping/templates.ts';
import {
  compareTimePositions,
  decodeTimeCursor,
  encodeTimeCursor,
  type TimePosition,
} from '../scoping/timeCursor.ts';
import { KubernetesClient, type Pod, parseTimestamped, readAll } from './client.ts';
import { type KubernetesOptions, kubernetesOptionsSchema } from './config.ts';

export const optionsSchema = kubernetesOptionsSchema;

interface Target {
  pod: Pod;
  container: string;
  environmentId: string;
}

interface Entry {
  position: TimePosition;
  line: LogLine;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Logs of a component's pods through the Kubernetes API: each container's `pods/log` read with
 * timestamps and merged in time order for pages; followed (`follow=true`) for live tails, with
 * new pods picked up as they appear.
 */
export function createBackend(options: KubernetesOptions): LogsBackend {
  const client = new KubernetesClient(options);
  const perEnvironmentNamespace = options.namespace.includes('{environment}');

  async function targetsFor(scope: LogScope): Promise<Target[]> {
    const names = scopeNames(scope);
    let selector = fillTemplate(options.selector, names);
    if (names.environment !== undefined && !perEnvironmentNamespace) {
      selector += `,${options.environmentLabel}=${names.environment}`;
    }
    const listEverywhere = perEnvironmentNamespace && names.environment === undefined;
    const pods = await client.listPods(
      listEverywhere ? undefined : fillTemplate(options.namespace, names),
      selector,
    );
    // Which environment a pod serves: the one asked for, else its label, else its namespace.
    const fromNamespace = new RegExp(
      `^${escapeRegExp(fillTemplate(options.namespace.replace('{environment}', '\u0000'), { ...names, environment: '' })).replace('\u0000', '([a-z0-9-]+)')}$`,
    );
    const targets: Target[] = [];
    for (const pod of pods) {
      const environment =
        names.environment ?? pod.labels[options.environmentLabel] ?? fromNamespace.exec(pod.namespace)?.[1];
      if (!environment) continue;
      for (const container of pod.containers) {
        targets.push({ pod, container, environmentId: `${names.componentRef}/${environment}` });
      }
    }
    return targets;
  }

  function entryOf(target: Target, raw: string): Entry | undefined {
    const parsed = parseTimestamped(raw);
    if (!parsed) return undefined;
    const key = createHash('sha256')
      .update(`${target.pod.namespace}/${target.pod.name}/${target.container}\n${parsed.text}`)
      .digest('hex')
      .slice(0, 16);
    const position = { ns: parsed.ns, key };
    return {
      position,
      line: {
        cursor: encodeTimeCursor('kubernetes', position),
        environmentId: target.environmentId,
        time: new Date(Number(parsed.ns / 1_000_000n)),
        source: 'process',
        level: guessLevel(parsed.text),
        line: truncateLine(parsed.text),
      },
    };
  }

  async function page(request: LogPageRequest): Promise<LogPage> {
    const after = request.after !== undefined ? decodeTimeCursor('kubernetes', request.after) : undefined;
    const targets = await targetsFor(request.scope);
    const sign = request.order === 'newest' ? -1 : 1;
    const read = await Promise.all(
      targets.map(async (target) => {
        const res = await client.log(target.pod, target.container, {
          sinceTime: request.filter.since,
          tailLines: options.maxLinesPerContainer,
        });
        return (await readAll(res)).split('\n').flatMap((raw) => entryOf(target, raw) ?? []);
      }),
    );
    const entries = read
      .flat()
      .filter((entry) => matchesFilter(entry.line, request.filter))
      .filter((entry) => !after || sign * compareTimePositions(entry.position, after) > 0)
      .sort((a, b) => sign * compareTimePositions(a.position, b.position));
    return {
      lines: entries.slice(0, request.first).map((e) => e.line),
      hasNextPage: entries.length > request.first,
    };
  }

  async function tail(request: TailRequest, sink: TailSink): Promise<() => Promise<void>> {
    const scope = { environmentId: request.environmentId };
    let boundary: TimePosition | undefined;
    if (request.after !== undefined) {
      let after = request.after;
      for (;;) {
        const replay = await page({ scope, filter: request.filter, order: 'oldest', first: 1000, after });
        if (replay.lines.length > 0) sink.lines(replay.lines);
        after = replay.lines.at(-1)?.cursor ?? after;
        if (!replay.hasNextPage) break;
      }
      boundary = decodeTimeCursor('kubernetes', after);
    } else if (request.last) {
      const recent = (
        await page({ scope, filter: request.filter, order: 'newest', first: request.last })
      ).lines.reverse();
      if (recent.length > 0) sink.lines(recent);
      const last = recent.at(-1);
      if (last) boundary = decodeTimeCursor('kubernetes', last.cursor);
    }
    const since = boundary ?? { ns: BigInt(Date.now()) * 1_000_000n, key: '' };

    const followers = new Map<string, { abort: AbortController; last: TimePosition }>();
    let stopped = false;
    const follow = (target: Target, from: TimePosition) => {
      const id = `${target.pod.namespace}/${target.pod.name}/${target.container}`;
      const abort = new AbortController();
      const state = { abort, last: from };
      followers.set(id, state);
      const sinceTime = new Date(Number(from.ns / 1_000_000n));
      client
        .log(target.pod, target.container, { follow: true, sinceTime }, abort.signal)
        .then((res) => pump(res, target, state))
        .catch(() => {})
        .finally(() => {
          // The container ended or the call failed: the next relist follows it again from `last`.
          if (followers.get(id) === state) followers.delete(id);
          resumeFrom.set(id, state.last);
        });
    };
    const resumeFrom = new Map<string, TimePosition>();
    const pump = async (res: IncomingMessage, target: Target, state: { last: TimePosition }) => {
      let rest = '';
      for await (const chunk of res) {
        if (stopped) return;
        const text = rest + (chunk as Buffer).toString('utf8');
        const rows = text.split('\n');
        rest = rows.pop() ?? '';
        const lines: LogLine[] = [];
        for (const raw of rows) {
          const entry = entryOf(target, raw);
          if (!entry || compareTimePositions(entry.position, state.last) <= 0) continue;
          state.last = entry.position;
          if (matchesFilter(entry.line, request.filter)) lines.push(entry.line);
        }
        if (lines.length > 0) sink.lines(lines);
      }
    };
    const relist = async () => {
      for (const target of await targetsFor(scope)) {
        const id = `${target.pod.namespace}/${target.pod.name}/${target.container}`;
        if (!followers.has(id)) follow(target, resumeFrom.get(id) ?? since);
      }
    };
    await relist();
    const timer = setInterval(() => {
      relist().catch((error) => {
        if (!stopped) sink.error(error as Error);
      });
    }, options.relistSeconds * 1000);
    return async () => {
      stopped = true;
      clearInterval(timer);
      for (const { abort } of followers.values()) abort.abort();
      followers.clear();
    };
  }

  return { kind: 'kubernetes', page, tail, close: async () => {} };
}
