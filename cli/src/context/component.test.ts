import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../errors.ts';
import { type ComponentContextDeps, resolveComponent } from './component.ts';

const component = (name: string, namespace?: string) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
${namespace ? `  namespace: ${namespace}\n` : ''}spec:
  type: service
`;

describe('the component of a directory', () => {
  let root: string;
  const deps = (cwd: string, overrides: Partial<ComponentContextDeps> = {}): ComponentContextDeps => ({
    flag: undefined,
    env: {},
    cwd,
    componentsBySource: async () => {
      throw new Error('the catalog should not be asked');
    },
    choose: async () => {
      throw new Error('nobody should be asked');
    },
    ...overrides,
  });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pave-cli-context-'));
    await mkdir(join(root, 'shop/src/deep'), { recursive: true });
    await writeFile(join(root, 'shop/catalog-info.yaml'), component('Shop'));
    await mkdir(join(root, 'pair'), { recursive: true });
    await writeFile(
      join(root, 'pair/catalog-info.yaml'),
      `${component('api', 'payments')}---\nkind: System\nmetadata:\n  name: x\n---\n${component('web')}`,
    );
    await mkdir(join(root, 'system-only/inner'), { recursive: true });
    await writeFile(join(root, 'system-only/catalog-info.yaml'), 'kind: System\nmetadata:\n  name: s\n');
    await mkdir(join(root, 'broken'), { recursive: true });
    await writeFile(join(root, 'broken/catalog-info.yaml'), 'kind: [unclosed\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('takes --component, then PAVE_COMPONENT, before any file', async () => {
    const cwd = join(root, 'shop');
    expect(await resolveComponent(deps(cwd, { flag: 'orders', env: { PAVE_COMPONENT: 'x' } }))).toEqual({
      ref: 'orders',
      source: '--component',
    });
    expect(await resolveComponent(deps(cwd, { env: { PAVE_COMPONENT: 'payments' } }))).toEqual({
      ref: 'payments',
      source: 'PAVE_COMPONENT',
    });
  });

  it('finds the nearest catalog-info.yaml walking up, as a canonical ref', async () => {
    expect(await resolveComponent(deps(join(root, 'shop/src/deep')))).toEqual({
      ref: 'component:default/shop',
      source: 'catalog-info.yaml',
      origin: join(root, 'shop/catalog-info.yaml'),
    });
  });

  it('asks which one when the file describes several components', async () => {
    const choose = vi.fn(async (candidates: string[]) => candidates[1] as string);
    const resolved = await resolveComponent(deps(join(root, 'pair'), { choose }));
    expect(choose).toHaveBeenCalledWith(
      ['component:payments/api', 'component:default/web'],
      'catalog-info.yaml describes 2 components',
    );
    expect(resolved.ref).toBe('component:default/web');
  });

  it('names the file that is not valid YAML', async () => {
    await expect(resolveComponent(deps(join(root, 'broken')))).rejects.toThrow(
      /broken\/catalog-info\.yaml is not valid YAML/,
    );
  });

  describe('from the git remote', () => {
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-C', cwd, ...args], { stdio: 'pipe' });

    beforeAll(async () => {
      git(join(root, 'system-only'), 'init', '-q');
      git(
        join(root, 'system-only'),
        'remote',
        'add',
        'upstream',
        'https://bot:s3cret@github.com/acme/orders.git',
      );
    });

    it('asks the catalog with the remote (without its credentials) and the folder inside the repository', async () => {
      const componentsBySource = vi.fn(async () => [
        {
          ref: 'component:default/orders-inner',
          annotations: [
            {
              key: 'backstage.io/source-location',
              value: 'url:https://github.com/acme/orders/tree/main/inner/',
            },
          ],
        },
        {
          ref: 'component:default/orders',
          annotations: [{ key: 'github.com/project-slug', value: 'acme/orders' }],
        },
      ]);
      const resolved = await resolveComponent(deps(join(root, 'system-only/inner'), { componentsBySource }));
      expect(componentsBySource).toHaveBeenCalledWith('https://github.com/acme/orders.git', 'inner');
      expect(resolved).toEqual({
        ref: 'component:default/orders-inner',
        source: 'git remote',
        origin: 'https://github.com/acme/orders.git',
      });
    });

    it('fails with a usage error naming the flag when nothing in the catalog comes from there', async () => {
      const error = await resolveComponent(
        deps(join(root, 'system-only'), { componentsBySource: async () => [] }),
      ).catch((e) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toBe('No component in the catalog comes from github.com/acme/orders.');
      expect(error.hint).toContain('--component/-c');
    });

    it('fails the same way outside any repository', async () => {
      const outside = await mkdtemp(join(tmpdir(), 'pave-cli-nogit-'));
      try {
        const error = await resolveComponent(deps(outside)).catch((e) => e);
        expect(error).toBeInstanceOf(UsageError);
        expect(error.message).toMatch(/no catalog-info\.yaml .* and no git remote/);
      } finally {
        await rm(outside, { recursive: true, force: true });
      }
    });
  });
});
