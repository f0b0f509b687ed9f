import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CAPABILITIES, ConfigError, DEFAULT_ADAPTERS, loadConfig } from './index.ts';

let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'pave-config-'));
});

afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function write(name: string, content: string): Promise<string> {
  const file = path.join(cwd, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

/** The ConfigError message loadConfig fails with. */
async function failure(options: { env?: NodeJS.ProcessEnv; file?: string } = {}): Promise<string> {
  const error = await loadConfig({ cwd, env: {}, ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as Error).name).toBe('ConfigError');
  return (error as Error).message;
}

describe('loadConfig defaults', () => {
  it('applies every default when there is no file', async () => {
    const config = await loadConfig({ cwd, env: {} });
    expect(config).toEqual({
      baseDir: cwd,
      dataDir: path.join(cwd, '.pave'),
      mode: 'development',
      gateway: {
        host: '127.0.0.1',
        port: 4000,
        limits: {
          depth: 12,
          aliases: 30,
          tokens: 2000,
          cost: 50_000,
          bodyBytes: 1_048_576,
          upstreamTimeoutMs: 10_000,
        },
        auth: { jwt: [] },
        cors: { origins: [] },
      },
      identity: {},
      database: {},
      events: { kind: 'memory' },
      subgraphs: {
        catalog: { adapter: { kind: 'files' } },
        environments: { adapter: { kind: 'local' } },
        secrets: { adapter: { kind: 'pave' } },
        releases: { adapter: { kind: 'local' } },
        logs: { adapter: { kind: 'local' } },
      },
    });
    expect(config.file).toBeUndefined();
  });

  it('treats an empty file as all defaults', async () => {
    const file = await write('pave.yaml', '# nothing yet\n');
    const config = await loadConfig({ cwd, env: {} });
    expect(config.file).toBe(file);
    expect(config.gateway.port).toBe(4000);
  });

  it('exports the capabilities and their default adapters', () => {
    expect(CAPABILITIES).toEqual(['catalog', 'environments', 'secrets', 'releases', 'logs']);
    expect(DEFAULT_ADAPTERS).toEqual({
      catalog: 'files',
      environments: 'local',
      secrets: 'pave',
      releases: 'local',
      logs: 'local',
    });
  });
});

const FULL = `
dataDir: /var/lib/pave
mode: production
gateway:
  host: 0.0.0.0
  port: 8080
  supergraph: /etc/pave/supergraph.graphql
  persistedDocuments:
    manifest: /etc/pave/manifest.json
  limits: { depth: 8, aliases: 10, tokens: 1000, cost: 2000, bodyBytes: 65536, upstreamTimeoutMs: 3000 }
  auth:
    jwt:
      - issuer: https://login.example.com
        audience: [pave, backstage]
        jwksUrl: https://login.example.com/.well-known/jwks.json
        adminGroups: [platform]
        passTokenTo: [catalog]
      - issuer: https://ci.example.com
        audience: pave
        jwksUrl: http://ci.example.com/jwks
        groupsClaim: roles
  cors:
    origins: [https://backstage.example.com, "http://localhost:3000"]
  publicUrl: https://pave.example.com
identity:
  key: 0123456789abcdef0123456789abcdef
database:
  url: postgres://pave:pw@db.example.com:5432/pave
events:
  kind: nats
  url: nats://nats.example.com:4222
subgraphs:
  catalog:
    url: http://catalog.internal:4001/graphql
    port: 4001
    adapter: { kind: backstage, baseUrl: https://backstage.example.com }
  secrets:
    adapter:
      kind: vault
      address: https://vault.example.com
`;

describe('loadConfig with a file', () => {
  it('reads a full valid file', async () => {
    const file = await write('pave.yaml', FULL);
    const config = await loadConfig({ cwd, env: {} });
    expect(config.file).toBe(file);
    expect(config.dataDir).toBe('/var/lib/pave');
    expect(config.mode).toBe('production');
    expect(config.gateway).toEqual({
      host: '0.0.0.0',
      port: 8080,
      supergraph: '/etc/pave/supergraph.graphql',
      persistedDocuments: { manifests: ['/etc/pave/manifest.json'], allowArbitrary: false },
      limits: { depth: 8, aliases: 10, tokens: 1000, cost: 2000, bodyBytes: 65536, upstreamTimeoutMs: 3000 },
      auth: {
        jwt: [
          {
            issuer: 'https://login.example.com',
            audience: ['pave', 'backstage'],
            jwksUrl: 'https://login.example.com/.well-known/jwks.json',
            groupsClaim: 'groups',
            adminGroups: ['platform'],
            passTokenTo: ['catalog'],
          },
          {
            issuer: 'https://ci.example.com',
            audience: 'pave',
            jwksUrl: 'http://ci.example.com/jwks',
            groupsClaim: 'roles',
            adminGroups: [],
            passTokenTo: [],
          },
        ],
      },
      cors: { origins: ['https://backstage.example.com', 'http://localhost:3000'] },
      publicUrl: 'https://pave.example.com',
    });
    expect(config.identity.key).toBe('0123456789abcdef0123456789abcdef');
    expect(config.database.url).toBe('postgres://pave:pw@db.example.com:5432/pave');
    expect(config.events).toEqual({ kind: 'nats', url: 'nats://nats.example.com:4222' });
    expect(config.subgraphs).toEqual({
      catalog: {
        url: 'http://catalog.internal:4001/graphql',
        port: 4001,
        adapter: { kind: 'backstage', baseUrl: 'https://backstage.example.com' },
      },
      environments: { adapter: { kind: 'local' } },
      secrets: { adapter: { kind: 'vault', address: 'https://vault.example.com' } },
      releases: { adapter: { kind: 'local' } },
      logs: { adapter: { kind: 'local' } },
    });
  });

  it('lets persisted documents allow arbitrary operations by default in development only', async () => {
    await write('pave.yaml', 'gateway: { persistedDocuments: { manifest: m.json } }\n');
    expect((await loadConfig({ cwd, env: {} })).gateway.persistedDocuments?.allowArbitrary).toBe(true);
    expect(
      (await loadConfig({ cwd, env: { PAVE_MODE: 'production' } })).gateway.persistedDocuments
        ?.allowArbitrary,
    ).toBe(false);
    await write(
      'pave.yaml',
      'mode: production\ngateway: { persistedDocuments: { manifest: m.json, allowArbitrary: true } }\n',
    );
    expect((await loadConfig({ cwd, env: {} })).gateway.persistedDocuments?.allowArbitrary).toBe(true);
  });

  it('resolves relative paths against the file directory', async () => {
    const file = await write(
      'deploy/pave.yaml',
      'dataDir: state\ngateway:\n  supergraph: ../schema/supergraph.graphql\n  persistedDocuments: { manifest: ./manifest.json }\n',
    );
    const config = await loadConfig({ cwd, env: {}, file: 'deploy/pave.yaml' });
    const dir = path.join(cwd, 'deploy');
    expect(config.file).toBe(file);
    expect(config.baseDir).toBe(dir);
    expect(config.dataDir).toBe(path.join(dir, 'state'));
    expect(config.gateway.supergraph).toBe(path.join(cwd, 'schema/supergraph.graphql'));
    expect(config.gateway.persistedDocuments?.manifests).toEqual([path.join(dir, 'manifest.json')]);
  });

  it('takes one manifest per client, each resolved against the file directory', async () => {
    await write(
      'deploy/pave.yaml',
      'gateway:\n  persistedDocuments:\n    manifest: [cli.json, /srv/plugin.json]\n',
    );
    const config = await loadConfig({ cwd, env: {}, file: 'deploy/pave.yaml' });
    expect(config.gateway.persistedDocuments?.manifests).toEqual([
      path.join(cwd, 'deploy/cli.json'),
      '/srv/plugin.json',
    ]);
    await write('deploy/pave.yaml', 'gateway: { persistedDocuments: { manifest: [] } }\n');
    await expect(loadConfig({ cwd, env: {}, file: 'deploy/pave.yaml' })).rejects.toThrow(
      'gateway.persistedDocuments.manifest',
    );
  });

  it('finds the file through PAVE_CONFIG, and options.file wins over it', async () => {
    await write('a.yaml', 'gateway: { port: 4100 }\n');
    await write('b.yaml', 'gateway: { port: 4200 }\n');
    await write('pave.yaml', 'gateway: { port: 4300 }\n');
    expect((await loadConfig({ cwd, env: { PAVE_CONFIG: 'a.yaml' } })).gateway.port).toBe(4100);
    expect((await loadConfig({ cwd, env: { PAVE_CONFIG: 'a.yaml' }, file: 'b.yaml' })).gateway.port).toBe(
      4200,
    );
    expect((await loadConfig({ cwd, env: {} })).gateway.port).toBe(4300);
  });

  it('reports a named file that does not exist', async () => {
    expect(await failure({ file: 'missing.yaml' })).toBe(
      'missing.yaml: cannot read the configuration file: no such file',
    );
    expect(await failure({ env: { PAVE_CONFIG: 'gone.yaml' } })).toBe(
      'PAVE_CONFIG: got "gone.yaml", expected a readable configuration file (gone.yaml: no such file)',
    );
  });
});

describe('environment variables', () => {
  it('override the file', async () => {
    await write(
      'pave.yaml',
      'dataDir: from-file\nmode: production\ngateway: { host: 10.0.0.1, port: 8080 }\nevents: { kind: memory }\n',
    );
    const config = await loadConfig({
      cwd,
      env: {
        PAVE_DATA_DIR: 'from-env',
        PAVE_MODE: 'development',
        PAVE_HOST: '0.0.0.0',
        PORT: '9000',
        PAVE_IDENTITY_KEY: 'k'.repeat(40),
        DATABASE_URL: 'postgresql://localhost/pave',
        PAVE_EVENTS: 'nats',
        NATS_URL: 'nats://127.0.0.1:4222',
      },
    });
    expect(config.dataDir).toBe(path.join(cwd, 'from-env'));
    expect(config.mode).toBe('development');
    expect(config.gateway.host).toBe('0.0.0.0');
    expect(config.gateway.port).toBe(9000);
    expect(config.identity.key).toBe('k'.repeat(40));
    expect(config.database.url).toBe('postgresql://localhost/pave');
    expect(config.events).toEqual({ kind: 'nats', url: 'nats://127.0.0.1:4222' });
  });

  it('treats an empty variable as unset', async () => {
    const config = await loadConfig({ cwd, env: { PORT: '', PAVE_MODE: '' } });
    expect(config.gateway.port).toBe(4000);
    expect(config.mode).toBe('development');
  });

  it('names the variable in errors', async () => {
    expect(await failure({ env: { PORT: 'x' } })).toBe('PORT: got "x", expected an integer from 1 to 65535');
    expect(await failure({ env: { PORT: '70000' } })).toBe(
      'PORT: got "70000", expected an integer from 1 to 65535',
    );
    expect(await failure({ env: { PAVE_EVENTS: 'kafka' } })).toBe(
      'PAVE_EVENTS: got "kafka", expected one of "memory", "nats", "postgres"',
    );
    expect(await failure({ env: { DATABASE_URL: 'mysql://root:hunter2@db/pave' } })).toBe(
      'DATABASE_URL: got "mysql://root:***@db/pave", expected a postgres:// or postgresql:// URL',
    );
  });

  it('never shows the identity key', async () => {
    const message = await failure({ env: { PAVE_IDENTITY_KEY: 'too-short-secret' } });
    expect(message).toBe(
      'PAVE_IDENTITY_KEY: got a hidden value of 16 characters, expected a string of at least 32 characters',
    );
    expect(message).not.toContain('too-short-secret');
  });
});

describe('errors', () => {
  it('reports bad YAML with its line number', async () => {
    await write('pave.yaml', 'gateway:\n  port: 4000\n  host: [oops\n');
    expect(await failure()).toMatch(/^pave\.yaml: line 3: not valid YAML: \S.*$/);
    await write('pave.yaml', 'mode: production\ngateway:\n  port: 1\n  port: 2\nevents: {}\n');
    expect(await failure()).toBe('pave.yaml: line 4: not valid YAML: Map keys must be unique');
  });

  it('reports an unknown key with the keys expected', async () => {
    await write('pave.yaml', 'subgraphs:\n  catalg: {}\n');
    expect(await failure()).toBe(
      'pave.yaml: subgraphs.catalg: unknown key, expected one of catalog, environments, secrets, releases, logs',
    );
    await write('pave.yaml', 'gateway: { limits: { deep: 3 } }\n');
    expect(await failure()).toBe(
      'pave.yaml: gateway.limits.deep: unknown key, expected one of depth, aliases, tokens, cost, bodyBytes, upstreamTimeoutMs',
    );
  });

  it('reports a wrong type', async () => {
    await write('pave.yaml', 'gateway: { port: abc }\n');
    expect(await failure()).toBe('pave.yaml: gateway.port: got "abc", expected an integer from 1 to 65535');
    await write('pave.yaml', 'subgraphs: { logs: { adapter: loki } }\n');
    expect(await failure()).toBe('pave.yaml: subgraphs.logs.adapter: got "loki", expected a mapping');
    await write('pave.yaml', '- just\n- a list\n');
    expect(await failure()).toBe('pave.yaml: got a list of 2 items, expected a mapping');
  });

  it('reports a value out of range', async () => {
    await write('pave.yaml', 'gateway: { port: 70000 }\n');
    expect(await failure()).toBe('pave.yaml: gateway.port: got 70000, expected an integer from 1 to 65535');
    await write('pave.yaml', 'gateway: { limits: { depth: 0 } }\n');
    expect(await failure()).toBe('pave.yaml: gateway.limits.depth: got 0, expected a positive integer');
  });

  it('reports a bad URL', async () => {
    await write('pave.yaml', 'gateway: { publicUrl: "pave.example.com" }\n');
    expect(await failure()).toBe(
      'pave.yaml: gateway.publicUrl: got "pave.example.com", expected an http:// or https:// URL',
    );
    await write(
      'pave.yaml',
      'gateway: { auth: { jwt: [{ issuer: x, audience: y, jwksUrl: "ftp://x/jwks" }] } }\n',
    );
    expect(await failure()).toBe(
      'pave.yaml: gateway.auth.jwt[0].jwksUrl: got "ftp://x/jwks", expected an http:// or https:// URL',
    );
    await write(
      'pave.yaml',
      'gateway: { auth: { jwt: [{ issuer: x, audience: y, jwksUrl: "https://x/jwks", passTokenTo: [backstage] }] } }\n',
    );
    expect(await failure()).toBe(
      'pave.yaml: gateway.auth.jwt[0].passTokenTo[0]: got "backstage", expected one of catalog, environments, secrets, releases, logs',
    );
  });

  it('reports a missing required value', async () => {
    await write('pave.yaml', 'subgraphs: { secrets: { adapter: { address: https://vault } } }\n');
    expect(await failure()).toBe(
      'pave.yaml: subgraphs.secrets.adapter.kind: missing, expected an adapter kind such as "pave"',
    );
  });

  it('requires a URL for NATS events and a database for Postgres events', async () => {
    await write('pave.yaml', 'events: { kind: nats }\n');
    expect(await failure()).toBe(
      'pave.yaml: events.url: missing, expected a NATS URL such as nats://127.0.0.1:4222 because events.kind is "nats" (or set NATS_URL)',
    );
    expect((await loadConfig({ cwd, env: { NATS_URL: 'nats://localhost:4222' } })).events.url).toBe(
      'nats://localhost:4222',
    );
    await rm(path.join(cwd, 'pave.yaml'));
    expect(await failure({ env: { PAVE_EVENTS: 'postgres' } })).toBe(
      'database.url: missing, expected a postgres:// URL because PAVE_EVENTS is "postgres" (or set DATABASE_URL)',
    );
  });

  it('lists several problems, file and environment alike, one per line after a header', async () => {
    await write('pave.yaml', 'mode: prod\ngateway: { port: 0 }\nextra: true\n');
    const message = await failure({ env: { PORT: 'x' } });
    expect(message.split('\n')).toEqual([
      'Pave configuration has 4 problems:',
      '  pave.yaml: mode: got "prod", expected one of "development", "production"',
      '  pave.yaml: gateway.port: got 0, expected an integer from 1 to 65535',
      '  pave.yaml: extra: unknown key, expected one of dataDir, mode, gateway, identity, database, events, subgraphs',
      '  PORT: got "x", expected an integer from 1 to 65535',
    ]);
  });

  it('keeps the problems on the error', async () => {
    await write('pave.yaml', 'mode: prod\ngateway: { port: 0 }\n');
    const error = await loadConfig({ cwd, env: {} }).catch((e: unknown) => e);
    expect((error as ConfigError).problems).toHaveLength(2);
  });
});
