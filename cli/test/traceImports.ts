// Loaded with `node --import`: appends every module URL the process resolves to $PAVE_TRACE_IMPORTS,
// so a test can prove which commands never load Ink or React.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.PAVE_TRACE_IMPORTS;
if (file) {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      appendFileSync(file, `${resolved.url}\n`);
      return resolved;
    },
  });
}
