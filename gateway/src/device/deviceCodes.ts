import type { Identity, Store } from '@pave/subgraph-kit';
import { newDeviceCode, newUserCode, normalizeUserCode, sha256Hex } from './userCode.ts';

export interface DeviceCodesOptions {
  /** How long a code may wait for approval (RFC 8628 `expires_in`). */
  lifetimeSeconds?: number;
  /** The least time between two polls (`interval`); each `slow_down` adds five seconds. */
  intervalSeconds?: number;
  now?: () => Date;
}

export interface IssuedDeviceCode {
  deviceCode: string;
  userCode: string;
  expiresIn: number;
  interval: number;
}

/** What a poll of the token endpoint learns (RFC 8628 §3.5). */
export type PollOutcome =
  | { kind: 'authorization_pending' }
  | { kind: 'slow_down'; interval: number }
  | { kind: 'expired_token' }
  | { kind: 'access_denied' }
  | { kind: 'invalid_grant' }
  | { kind: 'approved'; approver: Approver; deviceCodeHash: string };

/** Who approved a code: the new token gets their groups and admin flag. */
export type Approver = Pick<Identity, 'subject' | 'groups' | 'admin'>;

export interface PendingRequest {
  clientId: string;
  createdAt: Date;
}

interface Row {
  device_code_hash: string;
  client_id: string;
  created_at: Date | string;
  expires_at: Date | string;
  interval_seconds: number;
  last_polled_at: Date | string | null;
  status: 'pending' | 'approved' | 'denied' | 'consumed';
  approver_subject: string | null;
  approver_groups: string[] | null;
  approver_admin: boolean | null;
}

const time = (value: Date | string) => new Date(value).getTime();
const UNIQUE_VIOLATION = '23505';

/**
 * Device authorizations in the Pave store. Codes are kept only as SHA-256 hashes, work once and
 * expire; a client that polls faster than its interval is told to slow down.
 */
export class DeviceCodes {
  readonly #store: Store;
  readonly #lifetime: number;
  readonly #interval: number;
  readonly #now: () => Date;

  constructor(store: Store, options: DeviceCodesOptions = {}) {
    this.#store = store;
    this.#lifetime = options.lifetimeSeconds ?? 600;
    this.#interval = options.intervalSeconds ?? 5;
    this.#now = options.now ?? (() => new Date());
  }

  async issue(clientId: string): Promise<IssuedDeviceCode> {
    const now = this.#now();
    // Codes nobody used are useless once expired; used ones keep the id of the token they issued.
    await this.#store.query(
      'delete from gateway_device_codes where expires_at < $1 and issued_token_id is null',
      [now.toISOString()],
    );
    for (let attempt = 0; ; attempt++) {
      const deviceCode = newDeviceCode();
      const userCode = newUserCode();
      try {
        await this.#store.query(
          `insert into gateway_device_codes
             (device_code_hash, user_code_hash, client_id, created_at, expires_at, interval_seconds)
           values ($1, $2, $3, $4, $5, $6)`,
          [
            sha256Hex(deviceCode),
            sha256Hex(normalizeUserCode(userCode) as string),
            clientId,
            now.toISOString(),
            new Date(now.getTime() + this.#lifetime * 1000).toISOString(),
            this.#interval,
          ],
        );
        return { deviceCode, userCode, expiresIn: this.#lifetime, interval: this.#interval };
      } catch (error) {
        // A user code already pending: draw another (vanishingly rare).
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION || attempt >= 3) throw error;
      }
    }
  }

  /** The request waiting for this user code, if it is still pending and not expired. */
  async findPending(userCode: string): Promise<PendingRequest | undefined> {
    const normalized = normalizeUserCode(userCode);
    if (!normalized) return undefined;
    const { rows } = await this.#store.query<Row>(
      `select * from gateway_device_codes
       where user_code_hash = $1 and status = 'pending' and expires_at > $2`,
      [sha256Hex(normalized), this.#now().toISOString()],
    );
    const row = rows[0];
    return row ? { clientId: row.client_id, createdAt: new Date(row.created_at) } : undefined;
  }

  /** Approves or denies a pending code on behalf of `approver`. False when no such code is pending. */
  async decide(userCode: string, decision: 'approve' | 'deny', approver: Approver): Promise<boolean> {
    const normalized = normalizeUserCode(userCode);
    if (!normalized) return false;
    const { rows } = await this.#store.query(
      `update gateway_device_codes
       set status = $3, approver_subject = $4, approver_groups = $5, approver_admin = $6, decided_at = $2
       where user_code_hash = $1 and status = 'pending' and expires_at > $2
       returning device_code_hash`,
      [
        sha256Hex(normalized),
        this.#now().toISOString(),
        decision === 'approve' ? 'approved' : 'denied',
        approver.subject,
        approver.groups,
        approver.admin,
      ],
    );
    return rows.length > 0;
  }

  /** One poll by the client holding `deviceCode`. An approval is handed out once, then the code is spent. */
  async poll(deviceCode: string, clientId: string): Promise<PollOutcome> {
    const deviceCodeHash = sha256Hex(deviceCode);
    const now = this.#now();
    return this.#store.transaction(async (tx) => {
      const { rows } = await tx.query<Row>(
        'select * from gateway_device_codes where device_code_hash = $1 for update',
        [deviceCodeHash],
      );
      const row = rows[0];
      if (!row || row.client_id !== clientId || row.status === 'consumed') return { kind: 'invalid_grant' };
      if (time(row.expires_at) <= now.getTime()) return { kind: 'expired_token' };
      if (row.status === 'denied') return { kind: 'access_denied' };

      const tooSoon =
        row.last_polled_at !== null && now.getTime() - time(row.last_polled_at) < row.interval_seconds * 1000;
      const interval = tooSoon ? row.interval_seconds + 5 : row.interval_seconds;
      const spend = row.status === 'approved' && !tooSoon;
      await tx.query(
        `update gateway_device_codes
         set last_polled_at = $2, interval_seconds = $3,
             status = case when $4 then 'consumed' else status end,
             user_code_hash = case when $4 then null else user_code_hash end
         where device_code_hash = $1`,
        [deviceCodeHash, now.toISOString(), interval, spend],
      );
      if (tooSoon) return { kind: 'slow_down', interval };
      if (!spend) return { kind: 'authorization_pending' };
      return {
        kind: 'approved',
        deviceCodeHash,
        approver: {
          subject: row.approver_subject ?? '',
          groups: row.approver_groups ?? [],
          admin: row.approver_admin ?? false,
        },
      };
    });
  }

  async recordIssuedToken(deviceCodeHash: string, tokenId: string): Promise<void> {
    await this.#store.query(
      'update gateway_device_codes set issued_token_id = $2 where device_code_hash = $1',
      [deviceCodeHash, tokenId],
    );
  }

  /** Whether this flow minted the service token `tokenId` (only those may be revoked by their holder). */
  async issuedToken(tokenId: string): Promise<boolean> {
    const { rows } = await this.#store.query(
      'select 1 from gateway_device_codes where issued_token_id = $1',
      [tokenId],
    );
    return rows.length > 0;
  }
}
