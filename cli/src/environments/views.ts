import type { TableView } from '../output/views.ts';
import type { PlatformEnvironment } from './target.ts';
import { timeLeft } from './ttl.ts';

/** An environment as `--json` prints it: the same keys for every command that shows one. */
export const environmentJson = (
  env: Partial<PlatformEnvironment> & Pick<PlatformEnvironment, 'id' | 'name' | 'type'>,
) => ({
  id: env.id,
  name: env.name,
  type: env.type,
  url: env.url ?? null,
  protected: env.protected ?? false,
  branch: env.branch ?? null,
  expiresAt: env.expiresAt ?? null,
  clonedFrom: env.clonedFrom ?? null,
});

export function environmentsTable(
  environments: readonly PlatformEnvironment[],
  options: { current?: string; componentRef: string; now?: number },
): TableView {
  return {
    kind: 'table',
    columns: [
      { header: 'environment' },
      { header: 'type', style: 'dim' },
      { header: 'notes', style: 'dim' },
      { header: 'url', style: 'ref' },
    ],
    rows: environments.map((env) => [
      env.name === options.current ? `${env.name} *` : env.name,
      env.type.toLowerCase(),
      notes(env, options.now),
      env.url,
    ]),
    empty: `${options.componentRef} has no environments yet: pave env create NAME makes one.`,
    footer: options.current ? '* the environment pave uses here' : undefined,
  };
}

function notes(env: PlatformEnvironment, now?: number): string {
  return [
    env.protected ? 'protected' : '',
    env.branch ? `branch ${env.branch}` : '',
    env.expiresAt ? `expires ${timeLeft(env.expiresAt, now)}` : '',
    env.clonedFrom ? `cloned from ${env.clonedFrom.split('/').pop()}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
