import type { Identity, Peers } from '@pave/subgraph-kit';

/**
 * Calls into secrets and releases made when an environment is cloned. Inputs are written inline so
 * these documents do not depend on what the other capabilities name their input types.
 */
const COPY_VARIABLES = `mutation($from: ID!, $to: ID!) {
  copyVariables(input: { fromEnvironmentId: $from, toEnvironmentId: $to }) { __typename }
}`;

const PROMOTE = `mutation($from: ID!, $to: ID!) {
  promote(input: { fromEnvironmentId: $from, toEnvironmentId: $to }) { release { id } }
}`;

export type PeerOutcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

async function attempt<T>(call: () => Promise<T>): Promise<PeerOutcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    const extensions = (error as { extensions?: { code?: string } }).extensions;
    return {
      ok: false,
      code: extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      message: (error as Error).message,
    };
  }
}

export function copyVariables(peers: Peers, identity: Identity, from: string, to: string) {
  return attempt(() => peers.request('secrets', COPY_VARIABLES, { from, to }, identity));
}

export function promoteRelease(peers: Peers, identity: Identity, from: string, to: string) {
  return attempt(async () => {
    const data = await peers.request<{ promote: { release: { id: string } } }>(
      'releases',
      PROMOTE,
      { from, to },
      identity,
    );
    return data.promote.release.id;
  });
}
