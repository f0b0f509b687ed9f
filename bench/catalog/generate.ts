/**
 * A synthetic organisation of any size with the shape of a real Backstage catalog: an org tree of
 * departments and teams, users in teams, domains, systems, and components, APIs and resources that
 * depend on, provide and consume each other. Deterministic: the same size gives the same entities,
 * so Pave and Backstage are measured on equal data.
 */

import { API_TYPES, COMPONENT_TYPES, LIFECYCLES, RESOURCE_TYPES, random, TAGS, WORDS } from './vocabulary.ts';

export { WORDS } from './vocabulary.ts';

export interface BenchEntity {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    title?: string;
    description?: string;
    tags?: string[];
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: Record<string, unknown>;
}

/** How many of each kind a catalog of `total` entities holds. */
export function composition(total: number) {
  const departments = Math.max(2, Math.round(total / 4000));
  const teams = Math.max(5, Math.round(total / 200));
  const users = Math.round(total * 0.1);
  const domains = Math.max(2, Math.round(total / 10_000));
  const systems = Math.max(3, Math.round(total / 100));
  const apis = Math.round(total * 0.12);
  const resources = Math.round(total * 0.08);
  const templates = Math.min(20, Math.max(1, Math.round(total / 1000)));
  const fixed = 1 + departments + teams + users + domains + systems + apis + resources + templates;
  return {
    departments,
    teams,
    users,
    domains,
    systems,
    apis,
    resources,
    templates,
    components: Math.max(1, total - fixed),
  };
}

const doc = (
  kind: string,
  metadata: BenchEntity['metadata'],
  spec: Record<string, unknown>,
  apiVersion = 'backstage.io/v1alpha1',
): BenchEntity => ({
  apiVersion,
  kind,
  metadata,
  spec,
});

/** The entities of a catalog of `total` entities, kind by kind (Groups and Users first). */
export function* generateCatalog(total: number, seed = 42): Generator<BenchEntity> {
  const r = random(seed);
  const n = composition(total);
  const name = (prefix: string, i: number) => `${prefix}-${i + 1}`;
  const departments = Array.from({ length: n.departments }, (_, i) => name('dept', i));
  const teams = Array.from({ length: n.teams }, (_, i) => name('team', i));
  const systems = Array.from({ length: n.systems }, (_, i) => name('system', i));
  const describe = (what: string) =>
    `${what} ${[r.pick(WORDS), ...r.some(WORDS, 2)].join(', ')} and ${r.pick(WORDS)}`;
  const words = (i: number) => `${r.pick(WORDS)}-${r.pick(WORDS)}-${i + 1}`;
  const componentName = (i: number) => `svc-${i + 1}`;
  const apiName = (i: number) => `api-${i + 1}`;
  const resourceName = (i: number) => `res-${i + 1}`;

  yield doc('Group', { name: 'acme', title: 'Acme Inc.' }, { type: 'organization', children: departments });
  const teamsOf = new Map<string, string[]>(departments.map((d) => [d, []]));
  const departmentOf = teams.map((team, i) => {
    const department = departments[i % departments.length] as string;
    teamsOf.get(department)?.push(team);
    return department;
  });
  for (const department of departments) {
    yield doc(
      'Group',
      { name: department, description: describe('Department') },
      { type: 'department', parent: 'acme', children: teamsOf.get(department) },
    );
  }
  for (const [i, team] of teams.entries()) {
    yield doc(
      'Group',
      { name: team, title: `Team ${r.pick(WORDS)} ${i + 1}`, description: describe('Team') },
      { type: 'team', parent: departmentOf[i], children: [], profile: { email: `${team}@acme.example` } },
    );
  }
  for (let i = 0; i < n.users; i++) {
    const user = `user-${i + 1}`;
    yield doc(
      'User',
      { name: user },
      {
        profile: { displayName: `User ${i + 1}`, email: `${user}@acme.example` },
        memberOf: r.some(teams, 1).concat(r.pick(teams)),
      },
    );
  }
  for (let i = 0; i < n.domains; i++) {
    yield doc(
      'Domain',
      { name: name('domain', i), description: describe('Domain') },
      { owner: r.pick(teams) },
    );
  }
  for (const system of systems) {
    yield doc(
      'System',
      { name: system, description: describe('System') },
      { owner: r.pick(teams), domain: name('domain', r.int(n.domains)) },
    );
  }
  const systemOf = (i: number) => systems[(i * 7) % systems.length];
  for (let i = 0; i < n.apis; i++) {
    yield doc(
      'API',
      {
        name: apiName(i),
        title: `${r.pick(WORDS)} API`,
        description: describe('API'),
        tags: r.some(TAGS, 2),
      },
      {
        type: r.weighted(API_TYPES),
        lifecycle: r.weighted(LIFECYCLES),
        owner: r.pick(teams),
        system: systemOf(i),
        definition: `openapi: 3.0.0\ninfo: { title: ${apiName(i)}, version: 1.0.0 }\npaths: {}\n`,
      },
    );
  }
  for (let i = 0; i < n.resources; i++) {
    yield doc(
      'Resource',
      { name: resourceName(i), description: describe('Resource') },
      { type: r.pick(RESOURCE_TYPES), owner: r.pick(teams), system: systemOf(i) },
    );
  }
  for (let i = 0; i < n.templates; i++) {
    yield doc(
      'Template',
      { name: name('template', i), title: `New ${r.pick(WORDS)} service`, description: describe('Template') },
      { type: 'service', owner: r.pick(teams), parameters: [], steps: [] },
      'scaffolder.backstage.io/v1beta3',
    );
  }
  for (let i = 0; i < n.components; i++) {
    const repo = `acme/${words(i)}`;
    const dependsOn = [
      ...r.some(
        Array.from({ length: 3 }, () => `component:${componentName(r.int(n.components))}`),
        2,
      ),
      ...(r.next() < 0.3 ? [`resource:${resourceName(r.int(n.resources))}`] : []),
    ].filter((ref) => ref !== `component:${componentName(i)}`);
    yield doc(
      'Component',
      {
        name: componentName(i),
        title: `${r.pick(WORDS)} ${r.pick(WORDS)}`,
        description: describe('Handles'),
        tags: r.some(TAGS, 3),
        labels: { 'acme.example/tier': String(1 + r.int(3)) },
        annotations: {
          'backstage.io/source-location': `url:https://github.com/${repo}/tree/main/`,
          'github.com/project-slug': repo,
        },
      },
      {
        type: r.weighted(COMPONENT_TYPES),
        lifecycle: r.weighted(LIFECYCLES),
        owner: r.next() < 0.95 ? r.pick(teams) : `user:user-${1 + r.int(n.users)}`,
        system: systemOf(i),
        dependsOn,
        providesApis: i < n.apis ? [apiName(i)] : [],
        consumesApis: r.some(
          Array.from({ length: 3 }, () => apiName(r.int(n.apis))),
          3,
        ),
      },
    );
  }
}
