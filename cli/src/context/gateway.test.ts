import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { gatewayUrl } from './gateway.ts';

describe('PAVE_URL', () => {
  it('defaults to http://localhost:4000 and has one spelling per gateway', () => {
    expect(gatewayUrl({})).toBe('http://localhost:4000');
    expect(gatewayUrl({ PAVE_URL: 'HTTP://Pave.Example.com:4000/graphql/' })).toBe(
      'http://pave.example.com:4000',
    );
    expect(gatewayUrl({ PAVE_URL: 'https://pave.example.com/' })).toBe('https://pave.example.com');
    expect(gatewayUrl({ PAVE_URL: 'https://example.com/pave' })).toBe('https://example.com/pave');
  });

  it('refuses what is not an http(s) URL, naming the variable', () => {
    expect(() => gatewayUrl({ PAVE_URL: 'localhost 4000' })).toThrow(UsageError);
    expect(() => gatewayUrl({ PAVE_URL: 'ftp://x' })).toThrow(/PAVE_URL must be an http or https URL/);
  });
});
