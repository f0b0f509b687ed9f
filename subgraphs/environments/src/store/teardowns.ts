import { randomUUID } from 'node:crypto';
import type { Queryable } from '@pave/subgraph-kit';
import type { EnvironmentRow, TeardownRow, TeardownStepRecord } from './rows.ts';

const COLUMNS = `id, environment_id, component_ref, name, type, branch, reason, actor, succeeded, steps,
  started_at, finished_at`;

export async function recordTeardown(
  db: Queryable,
  environment: EnvironmentRow,
  record: { reason: 'deleted' | 'expired'; actor: string; steps: TeardownStepRecord[]; startedAt: Date },
): Promise<TeardownRow> {
  const { rows } = await db.query<TeardownRow>(
    `insert into environment_teardowns
       (id, environment_id, component_ref, name, type, branch, reason, actor, succeeded, steps, started_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     returning ${COLUMNS}`,
    [
      randomUUID(),
      environment.id,
      environment.component_ref,
      environment.name,
      environment.type,
      environment.branch,
      record.reason,
      record.actor,
      record.steps.every((step) => step.ok),
      JSON.stringify(record.steps),
      record.startedAt,
    ],
  );
  return rows[0] as TeardownRow;
}

/** Newest first; `afterId` is the id of the last row of the previous page. */
export async function listTeardowns(
  db: Queryable,
  filter: { componentRef?: string },
  page: { first: number; afterId?: string },
): Promise<{ rows: TeardownRow[]; hasNextPage: boolean; totalCount: number }> {
  const ref = filter.componentRef ?? null;
  const [{ rows }, count] = await Promise.all([
    db.query<TeardownRow>(
      `select ${COLUMNS} from environment_teardowns
       where ($1::text is null or component_ref = $1)
         and ($2::text is null or (finished_at, id) <
           (select finished_at, id from environment_teardowns where id = $2))
       order by finished_at desc, id desc
       limit $3`,
      [ref, page.afterId ?? null, page.first + 1],
    ),
    db.query<{ total: number }>(
      'select count(*)::int as total from environment_teardowns where ($1::text is null or component_ref = $1)',
      [ref],
    ),
  ]);
  return {
    rows: rows.slice(0, page.first),
    hasNextPage: rows.length > page.first,
    totalCount: count.rows[0]?.total ?? 0,
  };
}
