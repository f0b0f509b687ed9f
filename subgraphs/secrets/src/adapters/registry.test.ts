import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, openPgliteStore, type Store, silentLogger } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVaultDouble, type VaultDouble } from '../testing/vaultDouble.ts';
import { loadBackendRouter, loadSecretsBackend, secretsAdapterKinds } from './registry.ts';

describe('secrets adapter configuration', () => {
  let store: Store;
  let dataDir: string;
  let vault: VaultDouble;
  const ctx = (env: Record<string, string | undefined> = {}) => ({
    store,
    dataDir,
    baseDir: dataDir,
    env,
    log: silentLogger,
    file: join(process.cwd(), 'pave.yaml'),
  });

  beforeAll(async () => {
    store = await openPgliteStore(undefined);
    dataDir = await mkdtemp(join(tmpdir(), 'pave-secrets-config-'));
    vault = await startVaultDouble();
  });
  afterAll(async () => {
    await store?.close();
    await vault?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('names the known kinds for an unknown one', async () => {
    expect(secretsAdapterKinds).toEqual(['pave', 'vault', 'kubernetes', 'aws-secrets-manager', 'github']);
    await expect(loadSecretsBackend({ kind: 'keepass' }, ctx())).rejects.toThrow(
      'pave.yaml: subgraphs.secrets.adapter.kind: got "keepass", expected one of pave, vault, kubernetes, aws-secrets-manager, github',
    );
  });

  it('generates the master key into the data directory with mode 0600 when none is configured', async () => {
    const backend = await loadSecretsBackend({ kind: 'pave' }, ctx());
    expect(backend.kind).toBe('pave');
    const file = join(dataDir, 'master-key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const key = (await readFile(file, 'utf8')).trim();
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    await loadSecretsBackend({ kind: 'pave' }, ctx());
    expect((await readFile(file, 'utf8')).trim()).toBe(key);
  });

  it('requires a configured master key when the store is shared through PostgreSQL', async () => {
    const shared = { ...ctx(), store: { ...store, kind: 'postgres' as const } };
    await expect(loadSecretsBackend({ kind: 'pave' }, shared)).rejects.toThrow(
      'subgraphs.secrets.adapter.masterKey: missing, expected a master key (or set PAVE_MASTER_KEY)',
    );
    const configured = { ...shared, env: { PAVE_MASTER_KEY: randomBytes(32).toString('base64') } };
    expect((await loadSecretsBackend({ kind: 'pave' }, configured)).kind).toBe('pave');
  });

  it('refuses a master key that is not 32 bytes without ever printing it', async () => {
    const bad = 'not-a-key-but-maybe-a-password';
    for (const attempt of [
      loadSecretsBackend({ kind: 'pave', masterKey: bad }, ctx()),
      loadSecretsBackend({ kind: 'pave' }, ctx({ PAVE_MASTER_KEY: bad })),
      loadSecretsBackend(
        { kind: 'pave', masterKey: randomBytes(32).toString('hex'), previousMasterKeys: [bad] },
        ctx(),
      ),
    ]) {
      const error = await attempt.then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message).toMatch(/expected 32 random bytes as base64 or 64 hex digits/);
      expect(error?.message).not.toContain(bad);
    }
  });

  it('checks each adapter option and says where', async () => {
    await expect(loadSecretsBackend({ kind: 'vault', address: 'vault.local' }, ctx())).rejects.toThrow(
      'pave.yaml: subgraphs.secrets.adapter.address: got "vault.local", expected an http:// or https:// URL',
    );
    await expect(loadSecretsBackend({ kind: 'vault', address: vault.url }, ctx())).rejects.toThrow(
      'subgraphs.secrets.adapter.token: missing, expected a Vault token (or set VAULT_TOKEN)',
    );
    await expect(loadSecretsBackend({ kind: 'pave', master: 'x' }, ctx())).rejects.toThrow(
      'subgraphs.secrets.adapter.master: unknown key, expected one of kind, masterKey, previousMasterKeys',
    );
  });

  it('routes environments by name, the rest to the default backend', async () => {
    const router = await loadBackendRouter(
      {
        kind: 'pave',
        environments: {
          production: { kind: 'vault', address: vault.url },
          staging: { kind: 'vault', address: vault.url },
        },
      },
      ctx({ VAULT_TOKEN: vault.token }),
    );
    expect(router.backendFor('component:default/app/production').kind).toBe('vault');
    expect(router.backendFor('component:default/app/staging')).toBe(
      router.backendFor('component:default/app/production'),
    );
    expect(router.backendFor('component:default/app/dev').kind).toBe('pave');
    expect(router.backends.map((b) => b.kind)).toEqual(['pave', 'vault']);
    await expect(
      loadBackendRouter(
        { kind: 'pave', environments: { production: { kind: 'vault', address: 'nope' } } },
        ctx(),
      ),
    ).rejects.toThrow('subgraphs.secrets.adapter.environments.production.address: got "nope"');
    await expect(
      loadBackendRouter({ kind: 'pave', environments: { Prod: { kind: 'pave' } } }, ctx()),
    ).rejects.toThrow('subgraphs.secrets.adapter.environments.Prod');
  });
});
