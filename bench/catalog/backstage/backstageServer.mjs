// Child process: Backstage's own catalog backend (@backstage/plugin-catalog-backend) in-process
// with its test backend (@backstage/backend-test-utils), on PostgreSQL, fed the generated catalog by
// an entity provider (the fastest way into Backstage's catalog: no files to read). Reports how long
// Backstage took until every entity was processed and stitched, or gives up at the deadline.
//
// Plain JavaScript: it runs from its own install (this folder's package.json), whose types the
// workspace's type-check does not have.
import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import pg from 'pg';
import { childInput, reportReady } from '../child.ts';
import { generateCatalog } from '../generate.ts';

/** @type {{ size: number; databaseUrl: string; deadlineMs: number }} */
const input = childInput();
const LOCATION = 'url:https://bench.example/catalog-info.yaml';

/** @type {import('@backstage/plugin-catalog-node').EntityProviderConnection | undefined} */
let connection;
const provider = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'pave-bench-provider',
  register(env) {
    env.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addEntityProvider({
          getProviderName: () => 'pave-bench',
          connect: async (c) => {
            connection = c;
          },
        });
      },
    });
  },
});

const backend = await startTestBackend({
  features: [
    catalogPlugin,
    // Templates are part of the data: Backstage knows the kind through this module, as deployments do.
    scaffolderEntityModel,
    provider,
    mockServices.rootConfig.factory({
      data: {
        backend: {
          baseUrl: 'http://localhost',
          database: {
            client: 'pg',
            connection: input.databaseUrl,
            pluginDivisionMode: 'schema',
            ensureSchemaExists: true,
          },
        },
      },
    }),
  ],
});
const port = backend.server.port();

const entities = [];
for (const entity of generateCatalog(input.size)) {
  const annotations = {
    ...entity.metadata.annotations,
    'backstage.io/managed-by-location': LOCATION,
    'backstage.io/managed-by-origin-location': LOCATION,
  };
  entities.push({
    entity: { ...entity, metadata: { ...entity.metadata, annotations } },
    locationKey: 'pave-bench',
  });
}
if (!connection) throw new Error('the catalog did not connect the provider');

const db = new pg.Client({ connectionString: input.databaseUrl });
await db.connect();
const started = performance.now();
await connection.applyMutation({ type: 'full', entities });
entities.length = 0;

/** Every entity processed, stitched into a final entity, and no stitch pending. */
async function progress() {
  const columns = (
    await db.query(
      `select column_name from information_schema.columns where table_schema = 'catalog' and table_name = 'refresh_state'`,
    )
  ).rows.map((r) => r.column_name);
  const stitchPending = columns.includes('next_stitch_at')
    ? 'count(*) filter (where next_stitch_at is not null)'
    : '0';
  const { rows } = await db.query(
    `select count(*)::int as total, count(*) filter (where processed_entity is null)::int as unprocessed,
            ${stitchPending}::int as stitching,
            (select count(*)::int from catalog.final_entities where final_entity is not null) as final
     from catalog.refresh_state`,
  );
  return rows[0];
}

let done = false;
let last;
let logged = 0;
while (performance.now() - started < input.deadlineMs) {
  last = await progress();
  if (performance.now() - logged > 10_000) {
    logged = performance.now();
    console.log(JSON.stringify({ seconds: Math.round((logged - started) / 1000), ...last }));
  }
  if (
    last.total >= input.size &&
    last.unprocessed === 0 &&
    last.stitching === 0 &&
    last.final >= input.size
  ) {
    done = true;
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
await db.end();
reportReady(
  {
    url: `http://localhost:${port}/api/catalog`,
    ingestMs: performance.now() - started,
    done,
    progress: last,
  },
  () => backend.stop(),
);
