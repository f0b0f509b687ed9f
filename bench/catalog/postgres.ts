import { openPostgresStore } from '@pave/subgraph-kit';

/**
 * Runs `work` with a fresh database `name` on the server of `adminUrl`, created first and dropped
 * afterwards whatever happens.
 */
export async function withDatabase<T>(
  adminUrl: string,
  name: string,
  work: (url: string) => Promise<T>,
): Promise<T> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
  const admin = await openPostgresStore(adminUrl, { max: 1 });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await admin.exec(`drop database if exists ${name} with (force)`);
    await admin.exec(`create database ${name}`);
    return await work(url.toString());
  } finally {
    await admin
      .exec(`drop database if exists ${name} with (force)`)
      .catch((error) => console.error(`could not drop ${name}:`, error));
    await admin.close();
  }
}
