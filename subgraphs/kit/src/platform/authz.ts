import type { Identity } from '../identity.ts';

/** The identity capabilities act as when no person asked (an event, a timer). */
export function systemIdentity(capability: string): Identity {
  return { subject: `system:${capability}`, kind: 'service', groups: [], admin: true };
}

/**
 * Whether the caller may act as an owner of something owned by `ownerRef` (a group or user ref):
 * admins always; otherwise the caller is that user or belongs to that group.
 */
export function isOwner(identity: Identity, ownerRef: string | null | undefined): boolean {
  if (identity.admin) return true;
  if (!ownerRef) return false;
  const owner = ownerRef.toLowerCase();
  return (
    identity.subject.toLowerCase() === owner || identity.groups.some((group) => group.toLowerCase() === owner)
  );
}
