import {
  ComponentEnvironmentsDocument,
  type ComponentEnvironmentsQuery,
  ComponentInfoDocument,
  type ComponentInfoQuery,
} from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import type { ResolvedComponent } from '../context/component.ts';
import type { ResolvedEnvironment } from '../context/environment.ts';
import { CliError } from '../errors.ts';
import type { View } from '../output/views.ts';

type Entity = NonNullable<ComponentInfoQuery['entity']>;
type ComponentEntity = Extract<Entity, { __typename: 'Component' }>;
type Environments = Extract<
  NonNullable<ComponentEnvironmentsQuery['entity']>,
  { environments: unknown }
>['environments'];

const info: Command = {
  description:
    'The component of this directory: the nearest catalog-info.yaml, else the git remote matched ' +
    'against the catalog (or --component). Shows its owner, system, lifecycle and links, its ' +
    'environments with their URL and current release (when the gateway serves environments), and ' +
    'how pave found it.',
  examples: ['pave info', 'pave info -c orders-service --json'],
  async run(session) {
    const component = await session.component();
    const [{ entity }, withEnvironments] = await session.term.spin(`Loading ${component.ref}`, () =>
      Promise.all([
        session.request(ComponentInfoDocument, { ref: component.ref }),
        session.requestIfServed(ComponentEnvironmentsDocument, { ref: component.ref }),
      ]),
    );
    if (!entity) {
      throw new CliError(`The catalog has no component "${component.ref}".`, { hint: whereFrom(component) });
    }
    if (entity.__typename !== 'Component') {
      throw new CliError(`${entity.ref} is a ${entity.kind}, not a Component.`, {
        hint: whereFrom(component),
      });
    }
    const environment = await session.environment();
    const found = withEnvironments?.entity;
    const environments = found && 'environments' in found ? found.environments : undefined;
    if (session.term.json)
      return session.term.printJson(toJson(entity, component, environment, environments));
    await session.term.show(toView(entity, component, environment, environments));
  },
};

const whereFrom = (component: ResolvedComponent) =>
  `pave took it from ${component.source}${component.origin ? ` (${component.origin})` : ''}; --component/-c names another.`;

const entityName = (entity: { ref: string; title?: string | null } | null | undefined) =>
  entity ? (entity.title ? `${entity.title} (${entity.ref})` : entity.ref) : undefined;

function toJson(
  entity: ComponentEntity,
  component: ResolvedComponent,
  environment: ResolvedEnvironment | undefined,
  environments: Environments | undefined,
) {
  return {
    component: {
      ref: entity.ref,
      name: entity.name,
      title: entity.title,
      description: entity.description,
      type: entity.type,
      lifecycle: entity.lifecycle,
      owner: entity.owner ? { ref: entity.owner.ref, title: entity.owner.title } : null,
      system: entity.system ? { ref: entity.system.ref, title: entity.system.title } : null,
      tags: entity.tags,
      links: entity.links.map((link) => ({ url: link.url, title: link.title })),
    },
    context: { source: component.source, origin: component.origin ?? null },
    environment: environment ? { name: environment.name, source: environment.source } : null,
    // null: this gateway does not serve environments.
    environments:
      environments?.nodes.map((env) => ({
        id: env.id,
        name: env.name,
        type: env.type,
        url: env.url,
        currentRelease: env.currentRelease
          ? {
              version: env.currentRelease.version,
              description: env.currentRelease.description,
              status: env.currentRelease.status,
              createdAt: env.currentRelease.createdAt,
            }
          : null,
      })) ?? null,
  };
}

function toView(
  entity: ComponentEntity,
  component: ResolvedComponent,
  environment: ResolvedEnvironment | undefined,
  environments: Environments | undefined,
): View {
  const views: View[] = [
    {
      kind: 'details',
      title: entity.title ? `${entity.title} — ${entity.ref}` : entity.ref,
      rows: [
        ['description', entity.description],
        ['type', entity.type],
        ['lifecycle', entity.lifecycle],
        ['owner', entityName(entity.owner)],
        ['system', entityName(entity.system)],
        ['tags', entity.tags.join(', ')],
        ['environment', environment ? `${environment.name} (from ${environment.source})` : 'none chosen'],
        ['found from', `${component.source}${component.origin ? ` ${component.origin}` : ''}`],
      ],
    },
  ];
  if (environments) {
    views.push({
      kind: 'table',
      columns: [
        { header: 'environment' },
        { header: 'type', style: 'dim' },
        { header: 'release' },
        { header: 'url', style: 'ref' },
      ],
      rows: environments.nodes.map((env) => [
        env.name === environment?.name ? `${env.name} *` : env.name,
        env.type.toLowerCase(),
        env.currentRelease ? `${env.currentRelease.version} ${env.currentRelease.description}` : 'none yet',
        env.url,
      ]),
      empty: 'No environments yet.',
    });
  }
  if (entity.links.length > 0) {
    views.push({
      kind: 'table',
      columns: [{ header: 'link' }, { header: 'url', style: 'ref' }],
      rows: entity.links.map((link) => [link.title, link.url]),
      empty: '',
    });
  }
  return views.length === 1 ? (views[0] as View) : { kind: 'stack', views };
}

export default info;
