import { join } from 'node:path';
import { readJsonFile, writePrivateJsonFile } from './jsonFile.ts';

export interface StoredLogin {
  token: string;
  /** Who the gateway said the token is, when it was saved. */
  subject?: string;
  /** How it was obtained: the device flow mints a token that `pave logout` revokes. */
  method: 'device' | 'token';
  savedAt: string;
}

interface CredentialsFile {
  gateways: Record<string, StoredLogin>;
}

/** `credentials.json` in the config folder, mode 0600, one login per gateway URL. */
export class Credentials {
  readonly file: string;

  constructor(configDir: string) {
    this.file = join(configDir, 'credentials.json');
  }

  async get(gatewayUrl: string): Promise<StoredLogin | undefined> {
    const stored = await this.#read();
    return Object.hasOwn(stored.gateways, gatewayUrl) ? stored.gateways[gatewayUrl] : undefined;
  }

  async set(gatewayUrl: string, login: StoredLogin): Promise<void> {
    const stored = await this.#read();
    stored.gateways[gatewayUrl] = login;
    await writePrivateJsonFile(this.file, stored);
  }

  /** Forgets the login for `gatewayUrl`; returns it, or undefined when there was none. */
  async delete(gatewayUrl: string): Promise<StoredLogin | undefined> {
    const stored = await this.#read();
    const login = Object.hasOwn(stored.gateways, gatewayUrl) ? stored.gateways[gatewayUrl] : undefined;
    if (!login) return undefined;
    delete stored.gateways[gatewayUrl];
    await writePrivateJsonFile(this.file, stored);
    return login;
  }

  async #read(): Promise<CredentialsFile> {
    const stored = await readJsonFile<Partial<CredentialsFile>>(this.file);
    return { gateways: { ...(stored?.gateways ?? {}) } };
  }
}
