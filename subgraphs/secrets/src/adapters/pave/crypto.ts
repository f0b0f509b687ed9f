import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM with a random 96-bit IV. The associated data binds a ciphertext to where it belongs
 * (environment, key, version), so a row copied elsewhere in the database fails to decrypt.
 * Layout: format byte 1 | IV (12) | tag (16) | ciphertext.
 */
const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(FORMAT), iv, cipher.getAuthTag(), body]);
}

export function unseal(key: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed[0] !== FORMAT || sealed.length < 1 + IV_BYTES + TAG_BYTES) {
    throw new Error('not a ciphertext this version of Pave wrote');
  }
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/** A master key's public name: enough to tell keys apart, useless to an attacker. */
export function fingerprint(key: Buffer): string {
  return createHash('sha256').update('pave-master-key:').update(key).digest('hex').slice(0, 16);
}

/** 32 bytes written as 64 hex digits or base64 (standard or URL-safe); undefined otherwise. */
export function decodeKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const key = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  return undefined;
}

export const encodeKey = (key: Buffer) => key.toString('base64');

export const valueAad = (environmentId: string, key: string, version: number) =>
  `pave:value:${environmentId}:${key}:${version}`;

export const dataKeyAad = (environmentId: string) => `pave:data-key:${environmentId}`;
