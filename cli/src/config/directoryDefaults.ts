import { dirname, join, resolve } from 'node:path';
import { readJsonFile, writePrivateJsonFile } from './jsonFile.ts';

interface DefaultsFile {
  /** Absolute directory → what `pave` assumes there and below. */
  directories: Record<string, { env?: string }>;
}

/**
 * Per-directory defaults (`pave env use NAME`), kept in the config folder rather than in the
 * project, so nothing personal lands in a repository. A setting applies to its directory and
 * everything below it; the nearest one wins.
 */
export class DirectoryDefaults {
  readonly file: string;

  constructor(configDir: string) {
    this.file = join(configDir, 'directories.json');
  }

  /** The nearest directory at or above `cwd` with a default environment. */
  async environment(cwd: string): Promise<{ name: string; directory: string } | undefined> {
    const { directories } = await this.#read();
    for (let dir = resolve(cwd); ; dir = dirname(dir)) {
      const name = Object.hasOwn(directories, dir) ? directories[dir]?.env : undefined;
      if (name) return { name, directory: dir };
      if (dirname(dir) === dir) return undefined;
    }
  }

  async setEnvironment(directory: string, name: string | undefined): Promise<void> {
    const stored = await this.#read();
    const key = resolve(directory);
    const { env: _previous, ...rest } = stored.directories[key] ?? {};
    if (name) stored.directories[key] = { ...rest, env: name };
    else if (Object.keys(rest).length > 0) stored.directories[key] = rest;
    else delete stored.directories[key];
    await writePrivateJsonFile(this.file, stored);
  }

  async #read(): Promise<DefaultsFile> {
    const stored = await readJsonFile<Partial<DefaultsFile>>(this.file);
    return { directories: { ...(stored?.directories ?? {}) } };
  }
}
