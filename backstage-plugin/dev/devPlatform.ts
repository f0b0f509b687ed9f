import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, type ViteDevServer } from 'vite';
import { startTestPlatform, type TestPlatform } from '../../gateway/e2e/harness.ts';
import { type DevUser, startBackstageIdentity } from './backstageIdentity.ts';

/** The user the dev app signs in as: a member of team-storefront, which owns hello-web. */
export const DEV_USER: DevUser = {
  userEntityRef: 'user:default/jane',
  ownershipEntityRefs: ['user:default/jane', 'group:default/team-storefront'],
};
export const SAMPLE_COMPONENT = 'component:default/hello-web';

export interface DevPlatform {
  appUrl: string;
  gatewayUrl: string;
  platform: TestPlatform;
  stop(): Promise<void>;
}

/**
 * Everything the plugin needs, live, on this machine: an embedded Pave platform with the demo
 * catalog (PGlite in a temporary directory), a stand-in for Backstage's auth service whose user
 * tokens the gateway trusts, and the dev app served by Vite. The gateway allows the app's origin
 * (gateway.cors.origins) as a real deployment must.
 */
export async function startDevPlatform(
  options: { appPort?: number; seed?: boolean } = {},
): Promise<DevPlatform> {
  const appPort = options.appPort ?? 3000;
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const identity = await startBackstageIdentity();
  const platform = await startTestPlatform({
    yaml: [
      'gateway:',
      '  cors:',
      `    origins: ["${appOrigin}", "http://localhost:${appPort}"]`,
      '  auth:',
      '    jwt:',
      `      - issuer: ${identity.issuer}`,
      '        audience: backstage',
      `        jwksUrl: ${identity.jwksUrl}`,
      '        groupsClaim: ent',
      'subgraphs:',
      '  catalog:',
      '    adapter: { kind: files, paths: [examples/catalog/all.yaml] }',
    ].join('\n'),
  });
  if (options.seed ?? true) await seed(platform);

  let vite: ViteDevServer | undefined;
  try {
    vite = await createServer({
      configFile: false,
      root: fileURLToPath(new URL('.', import.meta.url)),
      plugins: [
        react(),
        {
          // What a Backstage app would have from its backend: the app config and the user's token.
          name: 'pave-dev-session',
          configureServer(server) {
            server.middlewares.use('/dev-session.json', async (_req, res) => {
              res.setHeader('content-type', 'application/json');
              res.end(
                JSON.stringify({
                  gatewayUrl: platform.url,
                  token: await identity.signUserToken(DEV_USER),
                  user: DEV_USER,
                  sampleComponent: SAMPLE_COMPONENT,
                }),
              );
            });
          },
        },
      ],
      server: { host: '127.0.0.1', port: appPort, strictPort: true },
      logLevel: 'warn',
    });
    await vite.listen();
  } catch (error) {
    await platform.stop();
    await identity.close();
    throw error;
  }

  return {
    appUrl: appOrigin,
    gatewayUrl: platform.url,
    platform,
    async stop() {
      await vite?.close();
      await platform.stop();
      await identity.close();
    },
  };
}

/** A `dev` environment for hello-web with its first release, so every tab has something to show. */
async function seed(platform: TestPlatform) {
  const created = await platform.graphql(
    `mutation { createEnvironment(input: { componentRef: "hello-web", name: "dev", type: DEVELOPMENT }) { environment { id } } }`,
  );
  if (created.errors) throw new Error(`seeding the dev environment: ${created.errors[0]?.message}`);
  const deployed = await platform.graphql(
    `mutation { deploy(input: { environmentId: "${SAMPLE_COMPONENT}/dev" }) { release { version } } }`,
  );
  if (deployed.errors) throw new Error(`deploying hello-web to dev: ${deployed.errors[0]?.message}`);
}
