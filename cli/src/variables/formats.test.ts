import { describe, expect, it } from 'vitest';
import { detectFormat, parseFormat } from './formats.ts';

describe('formats of variable files', () => {
  it('takes env, json and shell for --format, and names them when given another', () => {
    expect(parseFormat('env')).toBe('DOTENV');
    expect(parseFormat('JSON')).toBe('JSON');
    expect(parseFormat('shell')).toBe('SHELL');
    expect(() => parseFormat('yaml')).toThrow('--format must be one of env, json, shell, not "yaml".');
  });

  it('tells a file’s form by its extension, else by its content', () => {
    expect(detectFormat('config.json', 'A=1')).toBe('JSON');
    expect(detectFormat('vars.sh', 'A=1')).toBe('SHELL');
    expect(detectFormat('-', '  {"A": "1"}')).toBe('JSON');
    expect(detectFormat('.env', "# exported\nexport A='1'\n\nexport B='2'\n")).toBe('SHELL');
    // dotenv reads `export ` too: a file that mixes both is a .env file.
    expect(detectFormat('.env', "export A='1'\nB=2\n")).toBe('DOTENV');
    expect(detectFormat('.env.staging', 'PORT=9090\n')).toBe('DOTENV');
  });
});
