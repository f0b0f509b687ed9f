import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const rootTokenFile = (dataDir: string) => join(dataDir, 'root-token');

/**
 * The embedded platform's root token, as Vault's dev server has one: generated on first start into
 * `<dataDir>/root-token` with mode 0600 and reused afterwards. `created` tells the caller to print it.
 */
export async function loadOrCreateRootToken(dataDir: string): Promise<{ token: string; created: boolean }> {
  const file = rootTokenFile(dataDir);
  try {
    return { token: (await readFile(file, 'utf8')).trim(), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const token = `pave_root_${randomBytes(24).toString('base64url')}`;
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { token, created: true };
}
