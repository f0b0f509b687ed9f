import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Identity, Store } from '@pave/subgraph-kit';

export interface ServiceToken {
  id: string;
  name: string;
  admin: boolean;
  groups: string[];
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface Row {
  id: string;
  name: string;
  secret_hash: string;
  admin: boolean;
  groups: string[];
  created_by: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const PREFIX = 'pave_svc_';
const hash = (secret: string) => createHash('sha256').update(secret).digest();
/** How long a verified token is trusted without asking the store again (revocation delay). */
const CACHE_MS = 5_000;

const toToken = (row: Row): ServiceToken => ({
  id: row.id,
  name: row.name,
  admin: row.admin,
  groups: row.groups,
  createdBy: row.created_by,
  createdAt: new Date(row.created_at),
  lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null,
  revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
});

/**
 * Long-lived tokens for CI and other services. Only a SHA-256 of the secret part is stored; the
 * token itself (`pave_svc_<id>_<secret>`) is shown once, when it is created.
 */
export class ServiceTokens {
  readonly #store: Store;
  readonly #cache = new Map<string, { identity: Identity | undefined; until: number }>();

  constructor(store: Store) {
    this.#store = store;
  }

  static looksLikeOne(token: string): boolean {
    return token.startsWith(PREFIX);
  }

  async create(input: { name: string; admin: boolean; groups: string[] }, createdBy: string) {
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(24).toString('base64url');
    const { rows } = await this.#store.query<Row>(
      `insert into gateway_service_tokens (id, name, secret_hash, admin, groups, created_by)
       values ($1, $2, $3, $4, $5, $6) returning *`,
      [id, input.name, hash(secret).toString('hex'), input.admin, input.groups, createdBy],
    );
    return { token: `${PREFIX}${id}_${secret}`, serviceToken: toToken(rows[0] as Row) };
  }

  async list(): Promise<ServiceToken[]> {
    const { rows } = await this.#store.query<Row>(
      'select * from gateway_service_tokens order by created_at, id',
    );
    return rows.map(toToken);
  }

  async revoke(id: string): Promise<ServiceToken | undefined> {
    const { rows } = await this.#store.query<Row>(
      'update gateway_service_tokens set revoked_at = coalesce(revoked_at, now()) where id = $1 returning *',
      [id],
    );
    for (const key of this.#cache.keys()) if (key.startsWith(`${PREFIX}${id}_`)) this.#cache.delete(key);
    return rows[0] ? toToken(rows[0]) : undefined;
  }

  async verify(token: string, now = Date.now()): Promise<Identity | undefined> {
    const cached = this.#cache.get(token);
    if (cached && cached.until > now) return cached.identity;
    const identity = await this.#lookup(token);
    if (this.#cache.size > 10_000) this.#cache.clear();
    this.#cache.set(token, { identity, until: now + CACHE_MS });
    return identity;
  }

  async #lookup(token: string): Promise<Identity | undefined> {
    const match = /^pave_svc_([0-9a-f]{12})_([A-Za-z0-9_-]+)$/.exec(token);
    if (!match) return undefined;
    const [, id, secret] = match as unknown as [string, string, string];
    const { rows } = await this.#store.query<Row>(
      'select * from gateway_service_tokens where id = $1 and revoked_at is null',
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    const expected = Buffer.from(row.secret_hash, 'hex');
    if (!timingSafeEqual(expected, hash(secret))) return undefined;
    await this.#store.query('update gateway_service_tokens set last_used_at = now() where id = $1', [id]);
    return { subject: `service:${row.name}`, kind: 'service', groups: row.groups, admin: row.admin };
  }
}
