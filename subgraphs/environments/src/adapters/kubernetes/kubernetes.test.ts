import { KubeConfig, type V1Deployment } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnvironmentsBackend } from '../../port.ts';
import type { EnvironmentRow } from '../../store/rows.ts';
import { type KubernetesDouble, startKubernetesDouble } from '../../testing/kubernetesDouble.ts';
import { createKubernetesBackend, optionsSchema } from './index.ts';

const row = (name: string, extra: Partial<EnvironmentRow> = {}): EnvironmentRow => ({
  id: `component:default/hello-web/${name}`,
  component_ref: 'component:default/hello-web',
  name,
  type: 'development',
  protected: false,
  url: null,
  branch: null,
  expires_at: null,
  cloned_from: null,
  state: 'active',
  version: 1,
  created_by: 'user:default/test',
  created_at: new Date(),
  updated_at: new Date(),
  teardown_started_at: null,
  ...extra,
});

const deployment = (name: string, replicas: number, available: number, stuck = false): V1Deployment => ({
  metadata: { name },
  spec: { replicas, selector: {}, template: {} },
  status: {
    replicas,
    updatedReplicas: replicas,
    availableReplicas: available,
    conditions: stuck
      ? [
          {
            type: 'Progressing',
            status: 'False',
            reason: 'ProgressDeadlineExceeded',
            message: 'ReplicaSet "web-7d4" has timed out progressing.',
          },
        ]
      : [],
  },
});

describe('the kubernetes adapter, against a double of the Kubernetes API', () => {
  let kube: KubernetesDouble;
  let backend: EnvironmentsBackend;
  const configFor = (token: string) => {
    const config = new KubeConfig();
    config.loadFromClusterAndUser(
      { name: 'double', server: kube.url, skipTLSVerify: true },
      { name: 'pave', token },
    );
    return config;
  };
  const options = (extra: Record<string, unknown> = {}) =>
    optionsSchema.parse({ kind: 'kubernetes', ...extra });

  beforeAll(async () => {
    kube = await startKubernetesDouble();
    backend = createKubernetesBackend(
      options({ url: 'https://{environment}.{component}.apps.acme.example' }),
      configFor(kube.token),
    );
  });
  afterAll(() => kube?.close());

  it('makes a labelled namespace per environment, with a preview’s expiry as an annotation', async () => {
    const expires = new Date('2030-01-01T00:00:00.000Z');
    const preview = row('preview-login', { type: 'preview', branch: 'feature/login', expires_at: expires });
    expect(await backend.provision(preview)).toEqual({
      url: 'https://preview-login.hello-web.apps.acme.example',
    });
    expect(kube.namespaces.get('hello-web-preview-login')?.metadata).toMatchObject({
      labels: {
        'app.kubernetes.io/managed-by': 'pave',
        'pave.dev/component': 'hello-web',
        'pave.dev/environment': 'preview-login',
        'pave.dev/type': 'preview',
      },
      annotations: {
        'pave.dev/environment-id': preview.id,
        'pave.dev/expires-at': expires.toISOString(),
        'pave.dev/branch': 'feature/login',
      },
    });
    // Provisioning again finds its own namespace.
    await expect(backend.provision(preview)).resolves.toBeDefined();
  });

  it('refuses a namespace that exists but is not the environment’s', async () => {
    kube.namespaces.set('hello-web-qa', {
      metadata: { name: 'hello-web-qa', labels: {} },
      status: { phase: 'Active' },
    });
    await expect(backend.provision(row('qa'))).rejects.toThrow(
      "The namespace hello-web-qa exists and is not Pave's environment",
    );
  });

  it('reads status from the namespace’s Deployments', async () => {
    const dev = row('dev');
    await backend.provision(dev);
    const preview = row('preview-login');
    expect((await backend.status([dev]))[0]).toMatchObject({ state: 'empty' });
    kube.deployments.set('hello-web-dev', [deployment('web', 2, 1)]);
    kube.deployments.set('hello-web-preview-login', [deployment('web', 1, 0, true)]);
    const [starting, crashed, missing] = await backend.status([dev, preview, row('nowhere')]);
    expect(starting).toMatchObject({ state: 'starting', message: 'rolling out: web' });
    expect(crashed).toMatchObject({
      state: 'crashed',
      message: 'web: ReplicaSet "web-7d4" has timed out progressing.',
    });
    expect(missing).toMatchObject({ state: 'unknown', message: 'its namespace does not exist' });
    kube.deployments.set('hello-web-dev', [deployment('web', 2, 2)]);
    expect((await backend.status([dev]))[0]).toMatchObject({ state: 'running' });
  });

  it('tears an environment down by deleting its namespace', async () => {
    const dev = row('dev');
    expect(await backend.teardown(dev)).toEqual([
      { step: 'namespace', ok: true, detail: 'deleted namespace hello-web-dev and everything in it' },
    ]);
    expect((await backend.status([dev]))[0]).toMatchObject({ state: 'tearing_down' });
    const again = await backend.teardown(dev);
    expect(again[0]).toMatchObject({ ok: false, detail: expect.stringContaining('Kubernetes answered 409') });
    await expect.poll(() => kube.namespaces.has('hello-web-dev')).toBe(false);
    expect(await backend.teardown(dev)).toEqual([
      { step: 'namespace', ok: true, detail: 'namespace hello-web-dev was already gone' },
    ]);
  });

  it('says what the API server said when it refuses', async () => {
    const wrong = createKubernetesBackend(options(), configFor('stolen'));
    await expect(wrong.status([row('dev')])).rejects.toThrow('Kubernetes answered 401 to "list namespaces"');
    const invalid = createKubernetesBackend(
      options({ namespace: '{component}_{environment}' }),
      configFor(kube.token),
    );
    await expect(invalid.provision(row('dev'))).rejects.toThrow('is not a valid Kubernetes namespace name');
  });
});
