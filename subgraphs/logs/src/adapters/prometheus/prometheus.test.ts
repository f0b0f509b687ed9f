import { createServer, type Server } from 'node:http';
import { listen } from '@pave/subgraph-kit';
import { describeIfReachable } from '@pave/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidQueryError, type MetricsBackend } from '../../port.ts';
import { waitFor } from '../../testing/helpers.ts';
import { prometheusTestService, type RunningPrometheus, startPrometheus } from '../../testing/prometheus.ts';
import { createMetricsBackend, optionsSchema } from './index.ts';

const COMPONENT = 'component:default/hello-web';

/** A scrape target as an app would expose it: resident memory and a request counter. */
function target(memory: number): Server {
  let requests = 0;
  return createServer((_req, res) => {
    requests += 10;
    res.setHeader('content-type', 'text/plain; version=0.0.4');
    res.end(
      `# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes ${memory}\n` +
        `# TYPE http_requests_total counter\nhttp_requests_total{path="/"} ${requests}\n`,
    );
  });
}

describe('the prometheus metrics adapter', async () => {
  await describeIfReachable('against a real Prometheus', prometheusTestService(), (bin) => {
    const targets = [target(1000), target(2000)];
    let prometheus: RunningPrometheus;
    let backend: MetricsBackend;

    beforeAll(async () => {
      const [dev, prod] = await Promise.all(targets.map((server) => listen(server, '127.0.0.1', 0)));
      const job = (name: string, url: string, environment: string) =>
        `  - job_name: ${name}\n    static_configs:\n      - targets: ['${new URL(url).host}']\n` +
        `        labels: { pave_component: '${COMPONENT}', pave_environment: '${environment}' }\n`;
      prometheus = await startPrometheus(
        bin,
        job('dev', dev as string, 'dev') + job('prod', prod as string, 'prod'),
      );
      backend = createMetricsBackend(optionsSchema.parse({ kind: 'prometheus', url: prometheus.url }));
      // Until both targets have been scraped twice (a rate needs two samples).
      await waitFor(
        async () => {
          const response = await fetch(`${prometheus.url}/api/v1/query?query=count_over_time(up[1m])`);
          const body = (await response.json()) as { data: { result: Array<{ value: [number, string] }> } };
          return body.data.result.length === 2 && body.data.result.every((r) => Number(r.value[1]) >= 2);
        },
        30_000,
        'two scrapes of both targets',
      );
    }, 60_000);
    afterAll(async () => {
      await prometheus?.stop();
      for (const server of targets) server.close();
    });

    const window = () => ({ start: new Date(Date.now() - 60_000), end: new Date(), stepSeconds: 1 });
    const lastValue = (series: { points: Array<{ value: number | null }> }) =>
      series.points.filter((p) => p.value !== null).at(-1)?.value;

    it('runs a named query scoped to one environment', async () => {
      const series = await backend.query({
        scope: { environmentId: `${COMPONENT}/dev` },
        query: 'memory',
        ...window(),
      });
      expect(series).toHaveLength(1);
      expect(lastValue(series[0] as never)).toBe(1000);
    });

    it('scopes a component to all of its environments', async () => {
      const series = await backend.query({
        scope: { componentRef: COMPONENT },
        query: 'process_resident_memory_bytes',
        ...window(),
      });
      expect(series.map((s) => [s.labels.pave_environment, lastValue(s)]).sort()).toEqual([
        ['dev', 1000],
        ['prod', 2000],
      ]);
      const rate = await backend.query({
        scope: { componentRef: COMPONENT },
        query: 'requests',
        ...window(),
      });
      expect(lastValue(rate[0] as never)).toBeGreaterThan(0);
    });

    it('never lets a query reach another environment', async () => {
      const series = await backend.query({
        scope: { environmentId: `${COMPONENT}/dev` },
        query: 'process_resident_memory_bytes{pave_environment="prod"} or {pave_environment="prod"}',
        ...window(),
      });
      expect(series).toEqual([]);
    });

    it('reports a query Prometheus refuses as an invalid query', async () => {
      const failing = backend.query({
        scope: { componentRef: COMPONENT },
        query: 'rate(up[5m]',
        ...window(),
      });
      await expect(failing).rejects.toBeInstanceOf(InvalidQueryError);
      const refused = backend.query({ scope: { componentRef: COMPONENT }, query: 'rate(up)', ...window() });
      await expect(refused).rejects.toThrow(/range vector|expected type/);
    });
  });

  it('is unavailable, retryably, when Prometheus does not answer', async () => {
    const backend = createMetricsBackend(
      optionsSchema.parse({ kind: 'prometheus', url: 'http://127.0.0.1:1', timeoutMs: 1000 }),
    );
    await expect(
      backend.query({
        scope: { componentRef: COMPONENT },
        query: 'up',
        start: new Date(0),
        end: new Date(1000),
        stepSeconds: 1,
      }),
    ).rejects.toMatchObject({ name: 'BackendError', adapter: 'prometheus', retryable: true });
  });
});
