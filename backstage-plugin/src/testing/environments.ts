import type { FakeGateway } from './fakeGateway.ts';

export const DEV = 'component:default/hello-web/dev';
export const STAGING = 'component:default/hello-web/staging';

/** hello-web with a dev and a staging environment, as the environment picker asks for them. */
export function answerEnvironments(gateway: FakeGateway) {
  const environment = (id: string, name: string) => ({
    id,
    name,
    type: name === 'dev' ? 'DEVELOPMENT' : 'STAGING',
    url: null,
    protected: false,
    branch: null,
    expiresAt: null,
    clonedFrom: null,
    status: null,
    currentRelease: null,
  });
  gateway.answer('PaveComponentEnvironments', {
    data: {
      entity: {
        __typename: 'Component',
        ref: 'component:default/hello-web',
        title: null,
        environments: { totalCount: 2, nodes: [environment(DEV, 'dev'), environment(STAGING, 'staging')] },
      },
    },
  });
}
