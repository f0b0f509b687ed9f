import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backendUnavailable, badUserInput, ConfigError } from '@pave/subgraph-kit';
import type { PaveOptions } from './config.ts';
import { dataKeyAad, decodeKey, encodeKey, fingerprint, KEY_BYTES, seal, unseal } from './crypto.ts';

export interface MasterKeySource {
  options: PaveOptions;
  env: Record<string, string | undefined>;
  dataDir: string;
  /** Where the options came from, for messages. */
  path: string;
  /**
   * True when other processes may share the store (PostgreSQL): a key generated into this
   * process's data directory would be one the others do not have, so one must be configured.
   */
  shared?: boolean;
}

interface MasterKey {
  id: string;
  key: Buffer;
}

/**
 * The master keys data keys are wrapped under: the current one, and previous ones still needed to
 * unwrap data keys that rotation has not re-wrapped yet.
 */
export class Keyring {
  #keys: MasterKey[];
  /** Set when the keys live in the data directory, where rotation may generate a new one. */
  readonly #file: string | undefined;

  private constructor(keys: Buffer[], file: string | undefined) {
    this.#keys = keys.map((key) => ({ id: fingerprint(key), key }));
    this.#file = file;
  }

  static async load(source: MasterKeySource): Promise<Keyring> {
    const { options, env, path } = source;
    const configured = options.masterKey ?? env.PAVE_MASTER_KEY;
    if (configured !== undefined) {
      const name = options.masterKey !== undefined ? `${path}.masterKey` : 'PAVE_MASTER_KEY';
      const previous =
        options.previousMasterKeys ?? (env.PAVE_PREVIOUS_MASTER_KEYS?.split(',').filter(Boolean) || []);
      const previousName =
        options.previousMasterKeys !== undefined ? `${path}.previousMasterKeys` : 'PAVE_PREVIOUS_MASTER_KEYS';
      const keys = [
        decodeOrFail(configured, name),
        ...previous.map((k, i) => decodeOrFail(k, `${previousName}[${i}]`)),
      ];
      return new Keyring(keys, undefined);
    }
    if (source.shared) {
      throw new ConfigError([
        `${path}.masterKey: missing, expected a master key (or set PAVE_MASTER_KEY): with PostgreSQL every ` +
          'Pave process shares the secrets, so they must share the key; generate one with `openssl rand -base64 32`',
      ]);
    }
    const file = join(source.dataDir, 'master-key');
    return new Keyring(await readOrCreateKeyFile(file), file);
  }

  get currentId(): string {
    return (this.#keys[0] as MasterKey).id;
  }

  knows(id: string): boolean {
    return this.#keys.some((key) => key.id === id);
  }

  /** Ids of every key but the current one. */
  get previousIds(): string[] {
    return this.#keys.slice(1).map((key) => key.id);
  }

  wrap(environmentId: string, dataKey: Buffer): { masterKeyId: string; wrapped: Buffer } {
    const current = this.#keys[0] as MasterKey;
    return { masterKeyId: current.id, wrapped: seal(current.key, dataKey, dataKeyAad(environmentId)) };
  }

  unwrap(environmentId: string, masterKeyId: string, wrapped: Buffer): Buffer {
    const master = this.#keys.find((key) => key.id === masterKeyId);
    if (!master) {
      throw backendUnavailable(
        `The data key of ${environmentId} is wrapped by master key ${masterKeyId}, which is not configured: ` +
          'list it in previousMasterKeys until rotateMasterKey has re-wrapped it.',
        { adapter: 'pave', retryable: false },
      );
    }
    return unseal(master.key, wrapped, dataKeyAad(environmentId));
  }

  /** Makes a new current key, keeping the others to unwrap with until rotation finishes. */
  async generate(): Promise<void> {
    if (!this.#file) {
      throw badUserInput('The master key comes from configuration, so Pave cannot replace it.', {
        field: 'input.generateNewKey',
        rule: 'only for a master key generated into the data directory; otherwise configure the new key as masterKey and the old one in previousMasterKeys',
      });
    }
    const keys = [randomBytes(KEY_BYTES), ...this.#keys.map((key) => key.key)];
    await writeKeyFile(this.#file, keys);
    this.#keys = keys.map((key) => ({ id: fingerprint(key), key }));
  }

  /** Drops previous keys from the data directory once no data key needs them. */
  async forgetPrevious(): Promise<void> {
    if (!this.#file || this.#keys.length === 1) return;
    const current = this.#keys[0] as MasterKey;
    await writeKeyFile(this.#file, [current.key]);
    this.#keys = [current];
  }
}

function decodeOrFail(text: string, name: string): Buffer {
  const key = decodeKey(text);
  if (!key) {
    throw new ConfigError([
      `${name}: got a value that is not a key (not shown), expected 32 random bytes as base64 or 64 hex digits, e.g. from \`openssl rand -base64 32\``,
    ]);
  }
  return key;
}

async function readOrCreateKeyFile(file: string): Promise<Buffer[]> {
  try {
    return parseKeyFile(await readFile(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, `${encodeKey(randomBytes(KEY_BYTES))}\n`, { mode: 0o600, flag: 'wx' }).catch(
    (error) => {
      // Another process of the same platform won the race: use its key.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    },
  );
  await chmod(file, 0o600);
  return parseKeyFile(await readFile(file, 'utf8'), file);
}

function parseKeyFile(text: string, file: string): Buffer[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) throw new ConfigError([`${file}: empty, expected a master key`]);
  return lines.map((line, i) => decodeOrFail(line, `${file} line ${i + 1}`));
}

/** Replaces the file atomically, so a crash leaves the old keys or the new ones, never half. */
async function writeKeyFile(file: string, keys: Buffer[]): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${keys.map(encodeKey).join('\n')}\n`, { mode: 0o600 });
  await rename(temporary, file);
}
