import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Credentials } from './credentials.ts';
import { DirectoryDefaults } from './directoryDefaults.ts';
import { configDir } from './paths.ts';

describe('the config folder', () => {
  it('follows XDG_CONFIG_HOME when it is absolute, else ~/.config', () => {
    expect(configDir({ XDG_CONFIG_HOME: '/x/config', HOME: '/home/a' })).toBe('/x/config/pave');
    expect(configDir({ XDG_CONFIG_HOME: 'relative', HOME: '/home/a' })).toBe('/home/a/.config/pave');
    expect(configDir({ HOME: '/home/a' })).toBe('/home/a/.config/pave');
  });
});

describe('stored logins and directory defaults', () => {
  let dir: string;
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'pave-cli-config-')), 'pave');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps one login per gateway in a file only its owner can read', async () => {
    const credentials = new Credentials(dir);
    const login = {
      token: 'pave_svc_aaaaaaaaaaaa_secret',
      subject: 'service:ci',
      method: 'token' as const,
      savedAt: 'now',
    };
    await credentials.set('http://a:4000', login);
    await credentials.set('http://b:4000', { ...login, token: 'other' });
    expect((await stat(credentials.file)).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect(await credentials.get('http://a:4000')).toEqual(login);
    expect(await credentials.get('http://c:4000')).toBeUndefined();
    expect(await credentials.get('toString')).toBeUndefined();

    expect(await credentials.delete('http://a:4000')).toEqual(login);
    expect(await credentials.delete('http://a:4000')).toBeUndefined();
    const left = JSON.parse(await readFile(credentials.file, 'utf8'));
    expect(Object.keys(left.gateways)).toEqual(['http://b:4000']);
    expect((await stat(credentials.file)).mode & 0o777).toBe(0o600);
  });

  it('reports a broken credentials file by name instead of overwriting it', async () => {
    const credentials = new Credentials(dir);
    await credentials.set('http://a:4000', { token: 't', method: 'token', savedAt: 'now' });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(credentials.file, '{ not json');
    await expect(credentials.get('http://a:4000')).rejects.toThrow(`${credentials.file} is not valid JSON.`);
  });

  it('applies a directory’s default environment to it and below, the nearest winning', async () => {
    const defaults = new DirectoryDefaults(dir);
    await defaults.setEnvironment('/work/shop', 'staging');
    await defaults.setEnvironment('/work/shop/worker', 'dev');
    expect(await defaults.environment('/work/shop/src/deep')).toEqual({
      name: 'staging',
      directory: '/work/shop',
    });
    expect(await defaults.environment('/work/shop/worker/src')).toEqual({
      name: 'dev',
      directory: '/work/shop/worker',
    });
    expect(await defaults.environment('/work/other')).toBeUndefined();
    await defaults.setEnvironment('/work/shop/worker', undefined);
    expect(await defaults.environment('/work/shop/worker/src')).toEqual({
      name: 'staging',
      directory: '/work/shop',
    });
  });
});
