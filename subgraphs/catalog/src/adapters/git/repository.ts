/**
 * One git repository as the catalog reads it: a URL is mirrored into a bare repository of our own
 * (`git init --bare` + `git fetch <url>`, so no credential in the URL is ever written to disk), a
 * local path is read in place. Everything is read at a commit, from git's object database: the work
 * tree, uncommitted changes and the index never count.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { GitCommandError, runGit, withoutCredentials } from './command.ts';

export interface GitRepositoryOptions {
  /** A URL, an scp-like `user@host:path`, or a local path. */
  repository: string;
  branch?: string | undefined;
  baseDir: string;
  /** Where URLs are mirrored. */
  cacheDir: string;
  timeoutMs: number;
}

export interface GitHead {
  branch: string;
  commit: string;
  /** Why the last fetch failed, when the commit is the last one fetched before. */
  fetchError?: string;
}

/** A file in a commit's tree. */
export interface TreeFile {
  path: string;
  blob: string;
}

const isRemote = (repository: string) =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(repository) || /^[^/\s]+@[^:/\s]+:/.test(repository);

export class GitRepository {
  /** How the repository is named in locations and messages: the URL without credentials, or the path. */
  readonly name: string;
  readonly #url: string | undefined;
  readonly #dir: string;
  readonly #timeoutMs: number;
  #branch: string | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: GitRepositoryOptions) {
    this.#timeoutMs = options.timeoutMs;
    this.#branch = options.branch;
    if (isRemote(options.repository)) {
      this.#url = options.repository;
      this.name = withoutCredentials(options.repository);
      const key = createHash('sha256').update(this.name).digest('hex').slice(0, 16);
      this.#dir = path.join(options.cacheDir, key);
    } else {
      this.name = path.resolve(options.baseDir, options.repository);
      this.#dir = this.name;
    }
  }

  /** The branch read, once known (configured, or the default branch found by the first sync). */
  get branch(): string | undefined {
    return this.#branch;
  }

  /** Runs `task` after every task queued before it: git commands on one repository never overlap. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task);
    this.#queue = result.catch(() => {});
    return result;
  }

  /**
   * The branch's commit, fetched first for a URL. A failed fetch falls back to the commit fetched
   * before (reported as `fetchError`); with none, it throws.
   */
  async sync(): Promise<GitHead> {
    if (this.#url === undefined) {
      const branch =
        this.#branch ?? (await this.#git(['symbolic-ref', '--short', 'HEAD'])).toString('utf8').trim();
      this.#branch = branch;
      return { branch, commit: await this.#commitOf(branch) };
    }
    await this.#ensureMirror();
    let fetchError: string | undefined;
    try {
      this.#branch ??= await this.#defaultBranch(this.#url);
      const branch = this.#branch;
      await this.#git([
        'fetch',
        '--no-tags',
        '--quiet',
        this.#url,
        `+refs/heads/${branch}:refs/heads/${branch}`,
      ]);
    } catch (error) {
      if (!(error instanceof GitCommandError) || this.#branch === undefined) throw error;
      fetchError = error.message;
    }
    const branch = this.#branch;
    let commit: string;
    try {
      commit = await this.#commitOf(branch);
    } catch (error) {
      throw new GitCommandError(fetchError ?? (error as Error).message);
    }
    return fetchError === undefined ? { branch, commit } : { branch, commit, fetchError };
  }

  /** Every regular file of the commit's tree (no symlinks, no submodules). */
  async files(commit: string): Promise<TreeFile[]> {
    const out = await this.#git(['ls-tree', '-r', '-z', '--full-tree', commit]);
    const files: TreeFile[] = [];
    for (const entry of out.toString('utf8').split('\0')) {
      const [, mode, type, blob, file] = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(entry) ?? [];
      if (type !== 'blob' || mode === '120000' || blob === undefined || file === undefined) continue;
      files.push({ path: file, blob });
    }
    return files;
  }

  /** The contents of blobs, by id, read in one `git cat-file --batch`. */
  async readBlobs(blobs: readonly string[]): Promise<Map<string, string>> {
    const contents = new Map<string, string>();
    if (blobs.length === 0) return contents;
    const out = await this.#git(['cat-file', '--batch'], `${blobs.join('\n')}\n`);
    let at = 0;
    while (at < out.length) {
      const headerEnd = out.indexOf(0x0a, at);
      if (headerEnd === -1) break;
      const [id, type, size] = out.subarray(at, headerEnd).toString('utf8').split(' ');
      if (type === 'missing' || size === undefined || id === undefined) {
        at = headerEnd + 1;
        continue;
      }
      const start = headerEnd + 1;
      const end = start + Number(size);
      contents.set(id, out.subarray(start, end).toString('utf8'));
      at = end + 1; // the newline after each object
    }
    return contents;
  }

  async #commitOf(branch: string): Promise<string> {
    const out = await this.#git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]).catch(
      () => {
        throw new GitCommandError(`branch "${branch}" does not exist in ${this.name}`);
      },
    );
    return out.toString('utf8').trim();
  }

  async #defaultBranch(url: string): Promise<string> {
    const out = (await this.#git(['ls-remote', '--symref', url, 'HEAD'])).toString('utf8');
    const branch = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out)?.[1];
    if (!branch) throw new GitCommandError(`${this.name} names no default branch; set the adapter's branch`);
    return branch;
  }

  /** Creates the bare mirror, atomically: a half-made one is never left where the next sync looks. */
  async #ensureMirror(): Promise<void> {
    if (await stat(path.join(this.#dir, 'HEAD')).catch(() => undefined)) return;
    await mkdir(path.dirname(this.#dir), { recursive: true });
    const temporary = `${this.#dir}.${randomUUID()}.tmp`;
    try {
      await runGit(['init', '--bare', '--quiet', temporary], { timeoutMs: this.#timeoutMs });
      await rename(temporary, this.#dir).catch(async (error) => {
        // Another process made it first: theirs serves as well.
        if (!(await stat(path.join(this.#dir, 'HEAD')).catch(() => undefined))) throw error;
      });
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  }

  #git(args: readonly string[], input?: string): Promise<Buffer> {
    return runGit(args, { cwd: this.#dir, timeoutMs: this.#timeoutMs, input });
  }
}
