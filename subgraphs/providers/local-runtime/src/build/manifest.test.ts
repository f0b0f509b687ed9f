import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuntimeFailure } from '../failure.ts';
import { DEFAULT_HEALTH_TIMEOUT_MS, fromPaveYaml, fromProcfile } from './manifest.ts';

const helloWeb = path.resolve(import.meta.dirname, '../../../../../examples/hello-web');

describe('app manifests', () => {
  it("read hello-web's pave.yaml", () => {
    const manifest = fromPaveYaml(readFileSync(path.join(helloWeb, 'pave.yaml'), 'utf8'));
    expect(manifest).toEqual({
      build: null,
      run: 'node server.js',
      healthcheck: { path: '/healthz', timeoutMs: DEFAULT_HEALTH_TIMEOUT_MS },
      file: 'pave.yaml',
    });
  });

  it('take a health check with its own timeout', () => {
    const manifest = fromPaveYaml(
      'run: ./start\nbuild: make\nhealthcheck: { path: /up, timeoutSeconds: 3 }\n',
    );
    expect(manifest).toMatchObject({
      build: 'make',
      run: './start',
      healthcheck: { path: '/up', timeoutMs: 3000 },
    });
  });

  it('say what is wrong with a pave.yaml', () => {
    const problem = (text: string) => {
      try {
        fromPaveYaml(text);
      } catch (error) {
        expect(error).toBeInstanceOf(RuntimeFailure);
        return (error as RuntimeFailure).message;
      }
      throw new Error('accepted');
    };
    expect(problem('build: make\n')).toBe(
      'pave.yaml: run: missing, expected the shell command that starts the web process',
    );
    expect(problem('run: x\nhealthcheck: healthz\n')).toContain('pave.yaml: healthcheck: got "healthz"');
    expect(problem('run: x\nrn: y\n')).toContain('pave.yaml: rn: unknown key, expected one of');
    expect(problem('run: [\n')).toMatch(/^pave.yaml is not valid YAML/);
  });

  it("take a Procfile's web process", () => {
    expect(fromProcfile(readFileSync(path.join(helloWeb, 'Procfile'), 'utf8'))).toEqual({
      build: null,
      run: 'node server.js',
      healthcheck: { path: null, timeoutMs: DEFAULT_HEALTH_TIMEOUT_MS },
      file: 'Procfile',
    });
    expect(() => fromProcfile('worker: node worker.js\n')).toThrow('The Procfile has no "web:" process.');
  });
});
