import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuntimeFailure } from '../failure.ts';

/** What the catalog says about a component that tells the runtime where its code is. */
export interface ComponentSource {
  /** Canonical component ref, `component:default/hello-web`. */
  ref: string;
  /** Where the catalog read the entity, e.g. `file:/srv/acme/hello-web/catalog-info.yaml`. */
  location: string | null;
  annotations: Record<string, string>;
}

/** The directory to ship, and where the app (its pave.yaml or Procfile) sits inside it. */
export interface SourceDirectory {
  root: string;
  /** Relative to `root`; '' when the app is the root itself. */
  appPath: string;
}

const SOURCE_LOCATION = 'backstage.io/source-location';

/**
 * Finds a component's code on this machine. Backstage's `backstage.io/source-location` wins when
 * it is local (`url:file:///…` or `dir:…`, the latter relative to the catalog file); otherwise — no
 * annotation, or a remote URL such as GitHub's — the directory of the component's own
 * catalog-info.yaml, where its pave.yaml or Procfile sits.
 */
export function resolveSource(component: ComponentSource): SourceDirectory {
  const catalogFile = localPath(component.location);
  const catalogDir = catalogFile ? path.dirname(catalogFile) : undefined;
  const annotated = component.annotations[SOURCE_LOCATION];
  let root: string | undefined;
  if (annotated?.startsWith('url:file:')) root = fileURLToPath(annotated.slice('url:'.length));
  else if (annotated?.startsWith('dir:')) {
    const target = annotated.slice('dir:'.length);
    if (path.isAbsolute(target)) root = target;
    else if (catalogDir) root = path.resolve(catalogDir, target);
  }
  root ??= catalogDir;
  if (!root) {
    throw new RuntimeFailure(
      'INVALID_SOURCE',
      `${component.ref} has no source on this machine: its catalog entry was not read from a local file ` +
        `and its ${SOURCE_LOCATION} annotation is ${annotated ? `"${annotated}"` : 'missing'} ` +
        '(the local runtime needs url:file:///… or dir:…).',
    );
  }
  root = path.resolve(root);
  const inside = catalogDir ? path.relative(root, catalogDir) : '';
  const appPath = inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? inside : '';
  return { root, appPath };
}

function localPath(location: string | null): string | undefined {
  if (!location) return undefined;
  if (location.startsWith('file://')) return fileURLToPath(location);
  if (location.startsWith('file:')) return path.resolve(location.slice('file:'.length));
  return undefined;
}
