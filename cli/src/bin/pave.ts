#!/usr/bin/env -S node --disable-warning=ExperimentalWarning
// `pave`: runs on Node's own TypeScript support (Node 22.18 or newer), no build step.
import { enableCompileCache } from 'node:module';

// Caches compiled (and type-stripped) modules between runs, a part of every command's start-up.
enableCompileCache?.();

// `pave search x | head -1`: the reader went away; stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const { main } = await import('../main.ts');
process.exitCode = await main(process.argv.slice(2), {
  streams: { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
  env: process.env,
  // `pnpm pave …` runs in the workspace root; the folder the person typed it in is INIT_CWD.
  cwd: (process.env.npm_lifecycle_event === 'pave' && process.env.INIT_CWD) || process.cwd(),
});
