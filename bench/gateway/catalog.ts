import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary Pave directory with a generated Backstage catalog (one organisation, `teams` groups,
 * `components` components owned round-robin by them, behind a Location `all.yaml`) and a
 * `pave.yaml` serving it with the `files` adapter.
 */
export async function writeBenchCatalog(options: { components: number; teams: number }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pave-bench-'));
  await mkdir(join(dir, 'catalog'));
  const doc = (kind: string, metadata: object, spec: object) =>
    JSON.stringify({ apiVersion: 'backstage.io/v1alpha1', kind, metadata, spec });
  const teams = Array.from({ length: options.teams }, (_, i) => `team-${i + 1}`);

  const groups = [
    doc('Group', { name: 'bench-org', title: 'Bench Inc.' }, { type: 'organization', children: teams }),
    ...teams.map((name) => doc('Group', { name }, { type: 'team', parent: 'bench-org', children: [] })),
  ];
  const components = Array.from({ length: options.components }, (_, i) =>
    doc(
      'Component',
      { name: `svc-${i + 1}`, description: `Benchmark service number ${i + 1}`, tags: ['bench'] },
      { type: 'service', lifecycle: 'production', owner: teams[i % teams.length] },
    ),
  );
  // JSON is YAML: one document per entity, separated by `---`.
  await writeFile(join(dir, 'catalog', 'groups.yaml'), `${groups.join('\n---\n')}\n`);
  await writeFile(join(dir, 'catalog', 'components.yaml'), `${components.join('\n---\n')}\n`);
  await writeFile(
    join(dir, 'catalog', 'all.yaml'),
    `${doc('Location', { name: 'bench' }, { targets: ['./groups.yaml', './components.yaml'] })}\n`,
  );
  await writeFile(
    join(dir, 'pave.yaml'),
    [
      'mode: production',
      'subgraphs:',
      '  catalog:',
      '    adapter: { kind: files, paths: [catalog/all.yaml], watch: false }',
      '',
    ].join('\n'),
  );
  return dir;
}
