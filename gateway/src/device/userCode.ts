import { createHash, randomBytes, randomInt } from 'node:crypto';

// RFC 8628 §6.1: consonants only (no vowels, so no words), upper case, easy to read aloud and type.
const ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
const LENGTH = 8;

/** A user code such as `WDJB-MJHT`: 20^8 ≈ 2.6·10^10 values, valid minutes, and guesses are limited. */
export function newUserCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, compared without case, spaces or dashes; `undefined` when it cannot be a code. */
export function normalizeUserCode(input: string): string | undefined {
  const letters = input.toUpperCase().replace(/[\s-]/g, '');
  if (letters.length !== LENGTH) return undefined;
  for (const letter of letters) if (!ALPHABET.includes(letter)) return undefined;
  return letters;
}

/** The secret the polling client holds: 256 random bits. */
export function newDeviceCode(): string {
  return randomBytes(32).toString('base64url');
}

export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');
