import { ConfigReader } from '@backstage/config';
import { createApp } from '@backstage/frontend-defaults';
import { createFrontendModule, type IdentityApi, PageBlueprint } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import pavePlugin from '../src/index.ts';

interface DevSession {
  gatewayUrl: string;
  token: string;
  user: { userEntityRef: string; ownershipEntityRefs: string[] };
  sampleComponent: string;
}

// What a Backstage app gets from its backend: app config, and the signed-in user's token. The dev
// server signs the token as Backstage's auth service would; the gateway verifies it against that JWKS.
const session: DevSession = await fetch('/dev-session.json').then((response) => response.json());

const devIdentity: IdentityApi = {
  getBackstageIdentity: async () => ({ type: 'user', ...session.user }),
  getProfileInfo: async () => ({ displayName: session.user.userEntityRef.split('/')[1] }),
  getCredentials: async () => ({ token: session.token }),
  signOut: async () => window.location.reload(),
};

/** Signs in at once as the dev user, as a Backstage sign-in page does after its provider answers. */
function DevSignInPage(props: { onSignInSuccess(identityApi: IdentityApi): void }) {
  useEffect(() => props.onSignInSuccess(devIdentity), [props]);
  return null;
}

const appModule = createFrontendModule({
  pluginId: 'app',
  extensions: [SignInPageBlueprint.make({ params: { loader: async () => DevSignInPage } })],
});

// The sample component's entity page, as the catalog plugin would mount the plugin's contents.
const sampleEntityModule = createFrontendModule({
  pluginId: 'pave',
  extensions: [
    PageBlueprint.make({
      name: 'sample-entity',
      params: {
        path: '/catalog/default/component/hello-web',
        title: 'Hello web',
        loader: () =>
          import('./DevEntityPage.tsx').then((m) => <m.DevEntityPage entityRef={session.sampleComponent} />),
      },
    }),
  ],
});

const app = createApp({
  features: [pavePlugin, appModule, sampleEntityModule],
  advanced: {
    configLoader: async () => ({
      config: ConfigReader.fromConfigs([
        {
          context: 'dev-app',
          data: {
            app: { title: 'Pave plugin dev app', baseUrl: window.location.origin },
            backend: { baseUrl: window.location.origin },
            pave: { gatewayUrl: session.gatewayUrl },
          },
        },
      ]),
    }),
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(app.createRoot());
