export { isOwner, systemIdentity } from './authz.ts';
export { environmentId, parseEnvironmentId } from './environmentId.ts';
export { createPeers, type Peers } from './peers.ts';
export * from './topics.ts';
