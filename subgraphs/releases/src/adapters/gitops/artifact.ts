import type { ReleaseArtifact } from '../../port.ts';

const REVISION = /^[0-9a-f]{40}$/;
// registry[:port]/name[/more][:tag][@sha256:digest], as the OCI distribution spec names references.
const IMAGE =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/;

/** What a gitops deploy asked for: an image reference, or a 40-character revision. */
export function artifactFor(ref: string | null): ReleaseArtifact {
  if (ref && REVISION.test(ref))
    return { kind: 'commit', id: ref, ref, description: `revision ${ref.slice(0, 7)}` };
  if (ref && IMAGE.test(ref) && (ref.includes(':') || ref.includes('@'))) {
    return { kind: 'image', id: ref, ref, description: `image ${ref}` };
  }
  throw Object.assign(
    new Error(
      ref
        ? `"${ref}" is neither an image reference with a tag or digest (registry/name:tag) nor a 40-character revision.`
        : 'The gitops adapter builds nothing: deploy an image reference (registry/name:tag) or a revision.',
    ),
    { code: 'INVALID_REF' },
  );
}
