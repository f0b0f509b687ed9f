import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogsBackend } from '../../port.ts';
import { recordingSink, waitFor } from '../../testing/helpers.ts';
import { KubernetesDouble } from '../../testing/kubernetesDouble.ts';
import { createBackend, optionsSchema } from './index.ts';

const COMPONENT = 'component:default/shop';
const DEV = `${COMPONENT}/dev`;
const podLabels = (environment: string) => ({
  'app.kubernetes.io/name': 'shop',
  'pave.dev/environment': environment,
});

describe('the kubernetes logs adapter (against a double of the Kubernetes API)', () => {
  const k8s = new KubernetesDouble('sa-token');
  let backend: LogsBackend;
  const t0 = Date.now() - 60_000;

  beforeAll(async () => {
    await k8s.start();
    backend = createBackend(
      optionsSchema.parse({ kind: 'kubernetes', apiServer: k8s.url, token: 'sa-token', relistSeconds: 1 }),
    );
    k8s.addPod('default', 'shop-1', podLabels('dev'));
    k8s.addPod('default', 'shop-2', podLabels('dev'), ['app', 'proxy']);
    k8s.addPod('default', 'shop-prod-1', podLabels('prod'));
    k8s.addPod('default', 'other-1', { 'app.kubernetes.io/name': 'other', 'pave.dev/environment': 'dev' });
    k8s.print('default', 'shop-1', 'app', 'INFO starting', t0);
    k8s.print('default', 'shop-2', 'proxy', 'GET /cart 200', t0 + 1, 500n);
    k8s.print('default', 'shop-2', 'app', 'ERROR cart service down', t0 + 2);
    k8s.print('default', 'shop-1', 'app', 'level=warn slow request', t0 + 3);
    k8s.print('default', 'shop-prod-1', 'app', 'prod hello', t0 + 4);
    k8s.print('default', 'other-1', 'app', 'not ours', t0 + 5);
  });
  afterAll(() => k8s.stop());

  const texts = (page: { lines: Array<{ line: string }> }) => page.lines.map((l) => l.line);

  it("merges the containers of the environment's pods in time order, with stable cursors", async () => {
    const first = await backend.page({
      scope: { environmentId: DEV },
      filter: {},
      order: 'newest',
      first: 2,
    });
    expect(texts(first)).toEqual(['level=warn slow request', 'ERROR cart service down']);
    const rest = await backend.page({
      scope: { environmentId: DEV },
      filter: {},
      order: 'newest',
      first: 10,
      after: first.lines[1]?.cursor,
    });
    expect(texts(rest)).toEqual(['GET /cart 200', 'INFO starting']);
    expect(rest.hasNextPage).toBe(false);
    expect(first.lines.map((l) => l.level)).toEqual(['warn', 'error']);
    expect(rest.lines[0]?.time.getTime()).toBe(t0 + 1);
  });

  it('filters by text and level, and reads a component across environments', async () => {
    const grep = await backend.page({
      scope: { environmentId: DEV },
      filter: { grep: 'cart' },
      order: 'oldest',
      first: 10,
    });
    expect(texts(grep)).toEqual(['GET /cart 200', 'ERROR cart service down']);
    const errors = await backend.page({
      scope: { environmentId: DEV },
      filter: { minLevel: 'error' },
      order: 'oldest',
      first: 10,
    });
    expect(texts(errors)).toEqual(['ERROR cart service down']);
    const component = await backend.page({
      scope: { componentRef: COMPONENT },
      filter: {},
      order: 'newest',
      first: 1,
    });
    expect(component.lines[0]).toMatchObject({ line: 'prod hello', environmentId: `${COMPONENT}/prod` });
  });

  it('follows the pods: the last lines, live lines, new pods, and restarted streams without repeats', async () => {
    const sink = recordingSink();
    const stop = await backend.tail({ environmentId: DEV, filter: {}, last: 1 }, sink);
    try {
      expect(sink.texts()).toEqual(['level=warn slow request']);
      await waitFor(
        () => k8s.requests.filter((r) => r.includes('follow=true')).length >= 3,
        5000,
        'three followed streams',
      );
      k8s.print('default', 'shop-2', 'app', 'live from shop-2');
      await waitFor(() => sink.texts().includes('live from shop-2'), 5000, 'the live line');
      k8s.addPod('default', 'shop-3', podLabels('dev'));
      k8s.print('default', 'shop-3', 'app', 'new pod says hi');
      await waitFor(() => sink.texts().includes('new pod says hi'), 5000, "the new pod's line");
      k8s.endStreams('default', 'shop-2');
      k8s.print('default', 'shop-2', 'app', 'after the stream restarted');
      await waitFor(
        () => sink.texts().includes('after the stream restarted'),
        5000,
        'the line after a restart',
      );
      expect(sink.texts()).toEqual([
        'level=warn slow request',
        'live from shop-2',
        'new pod says hi',
        'after the stream restarted',
      ]);
    } finally {
      await stop();
    }
  });

  it('resumes after a cursor', async () => {
    const first = await backend.page({
      scope: { environmentId: DEV },
      filter: {},
      order: 'oldest',
      first: 3,
    });
    const sink = recordingSink();
    const stop = await backend.tail(
      { environmentId: DEV, filter: { grep: 'slow' }, after: first.lines[2]?.cursor },
      sink,
    );
    await stop();
    expect(sink.texts()).toEqual(['level=warn slow request']);
  });

  it('reports a refused token as the backend failing, not retryably', async () => {
    const wrong = createBackend(
      optionsSchema.parse({ kind: 'kubernetes', apiServer: k8s.url, token: 'nope' }),
    );
    await expect(
      wrong.page({ scope: { environmentId: DEV }, filter: {}, order: 'newest', first: 1 }),
    ).rejects.toMatchObject({
      name: 'BackendError',
      adapter: 'kubernetes',
      retryable: false,
      message: 'The Kubernetes API answered 401: Unauthorized',
    });
  });
});
