import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const repoRoot = new URL('../../', import.meta.url).pathname;

/** Every file under a __generated__ folder of the repository, relative to its root. */
function generatedFilesOnDisk(dir = repoRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (!entry.isDirectory()) return [];
    if (entry.name === '__generated__') {
      return readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((file) => file.isFile())
        .map((file) => relative(repoRoot, join(file.parentPath, file.name)));
    }
    return generatedFilesOnDisk(path);
  });
}

describe('generated code (codegen.yml)', () => {
  it('is what `pnpm codegen` writes today: run it and commit the result if this fails', async () => {
    const loaded = await loadCodegenConfig({ configFilePath: join(repoRoot, 'codegen.yml') });
    // Without saving, `generate` returns what it would write.
    const outputs = (await generate({ ...loaded.config, cwd: repoRoot, silent: true }, false)) as Array<{
      filename: string;
      content: string;
    }>;
    const fresh = new Map(
      outputs.map((output) => [relative(repoRoot, join(repoRoot, output.filename)), output]),
    );

    expect(fresh.size).toBeGreaterThan(0);
    expect(
      generatedFilesOnDisk().sort(),
      'files in __generated__ folders that codegen does not write',
    ).toEqual([...fresh.keys()].sort());
    for (const [file, output] of fresh) {
      expect(readFileSync(join(repoRoot, file), 'utf8'), `${file} is stale`).toBe(output.content);
    }
  });
});
