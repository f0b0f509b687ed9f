import { KubeConfig, type V1Deployment } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The Kubernetes API double is shared with the environments adapter of the same name.
import {
  type KubernetesDouble,
  startKubernetesDouble,
} from '../../../../environments/src/testing/kubernetesDouble.ts';
import type { ApplyRequest, ReleasesBackend } from '../../port.ts';
import { createKubernetesBackend, optionsSchema } from './index.ts';

const NAMESPACE = 'hello-web-dev';

describe('the kubernetes releases adapter, against a double of the Kubernetes API', () => {
  let kube: KubernetesDouble;
  let backend: ReleasesBackend;
  let number = 0;
  const deployment = () => kube.deployments.get(NAMESPACE)?.[0] as V1Deployment;
  const release = async (
    ref: string,
    variables: ApplyRequest['variables'] = [],
    configVersion = 1,
  ): Promise<ApplyRequest> => {
    number += 1;
    const base = {
      environmentId: `component:default/hello-web/dev`,
      component: { ref: 'component:default/hello-web', location: null, annotations: {} },
      release: { id: `r${number}`, number, cause: 'deploy' as const },
      signal: new AbortController().signal,
    };
    const artifact = await backend.prepare({ ...base, ref, artifact: null });
    return { ...base, artifact, variables, configVersion };
  };

  beforeAll(async () => {
    kube = await startKubernetesDouble();
    kube.namespaces.set(NAMESPACE, { metadata: { name: NAMESPACE }, status: { phase: 'Active' } });
    kube.deployments.set(NAMESPACE, [
      {
        metadata: { name: 'hello-web', namespace: NAMESPACE, resourceVersion: '5', generation: 1 },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: 'hello-web' } },
          template: {
            metadata: { labels: { app: 'hello-web' } },
            spec: { containers: [{ name: 'web', image: 'ghcr.io/acme/hello-web:1.0.0' }] },
          },
        },
        status: { observedGeneration: 1, replicas: 2, updatedReplicas: 2, availableReplicas: 2 },
      },
    ]);
    const config = new KubeConfig();
    config.loadFromClusterAndUser(
      { name: 'double', server: kube.url, skipTLSVerify: true },
      { name: 'pave', token: kube.token },
    );
    backend = createKubernetesBackend(
      optionsSchema.parse({ kind: 'kubernetes', pollIntervalMs: 50, timeoutSeconds: 5 }),
      config,
    );
  });
  afterAll(() => kube?.close());

  it('deploys images only', async () => {
    await expect(release('main')).rejects.toMatchObject({ code: 'INVALID_REF' });
    await expect(release('f'.repeat(40))).rejects.toMatchObject({
      code: 'INVALID_REF',
      message: expect.stringContaining('not revisions'),
    });
  });

  it('rolls the Deployment out to the image, with the variables in its Secret', async () => {
    const request = await release('ghcr.io/acme/hello-web:2.0.0', [
      { key: 'GREETING', value: 'Hi', secret: false },
    ]);
    await backend.apply(request);
    const container = deployment().spec?.template.spec?.containers[0];
    expect(container).toMatchObject({
      image: 'ghcr.io/acme/hello-web:2.0.0',
      envFrom: [{ secretRef: { name: 'hello-web-config' } }],
    });
    expect(deployment().spec?.template.metadata?.annotations).toEqual({
      'pave.dev/release': `v${request.release.number}`,
      'pave.dev/config-version': '1',
    });
    expect(kube.secrets.get(NAMESPACE)?.[0]?.stringData).toEqual({ GREETING: 'Hi' });
  });

  it('restarts the pods for a config-only release, replacing the Secret', async () => {
    const request = await release(
      'ghcr.io/acme/hello-web:2.0.0',
      [{ key: 'GREETING', value: 'Hello', secret: false }],
      2,
    );
    await backend.apply(request);
    expect(kube.secrets.get(NAMESPACE)).toHaveLength(1);
    expect(kube.secrets.get(NAMESPACE)?.[0]?.stringData).toEqual({ GREETING: 'Hello' });
    expect(deployment().spec?.template.metadata?.annotations?.['pave.dev/config-version']).toBe('2');
    expect(deployment().spec?.template.spec?.containers[0]?.envFrom).toHaveLength(1);
  });

  it('fails when the rollout exceeds its progress deadline', async () => {
    kube.brokenImages.add('ghcr.io/acme/hello-web:3.0.0-broken');
    await expect(backend.apply(await release('ghcr.io/acme/hello-web:3.0.0-broken'))).rejects.toMatchObject({
      code: 'UNHEALTHY',
      message: 'The rollout of hello-web failed: ReplicaSet "hello-web-2" has timed out progressing.',
    });
  });

  it('is a CONFLICT when the Deployment changes between its read and its replace', async () => {
    kube.afterNextDeploymentRead = () => {
      const current = deployment();
      current.metadata = { ...current.metadata, resourceVersion: '999' };
    };
    await expect(backend.apply(await release('ghcr.io/acme/hello-web:4.0.0'))).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect(deployment().spec?.template.spec?.containers[0]?.image).not.toBe('ghcr.io/acme/hello-web:4.0.0');
  });
});
