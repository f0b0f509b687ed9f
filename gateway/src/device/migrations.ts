import type { Migration } from '@pave/subgraph-kit';

/** Scope `gateway-device`: pending OAuth 2.0 device authorizations (RFC 8628). */
export const deviceMigrations: Migration[] = [
  {
    id: '0001_device_codes',
    sql: `
      create table gateway_device_codes (
        -- SHA-256 (hex) of the device code and of the normalised user code: neither is stored.
        device_code_hash text primary key,
        -- Cleared once the code is used, so a used code can never be looked up again.
        user_code_hash text unique,
        client_id text not null,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        interval_seconds integer not null,
        last_polled_at timestamptz,
        status text not null default 'pending'
          check (status in ('pending', 'approved', 'denied', 'consumed')),
        approver_subject text,
        approver_groups text[],
        approver_admin boolean,
        decided_at timestamptz,
        -- The service token minted for the client, so that it alone may revoke it (pave logout).
        issued_token_id text
      );
      create index gateway_device_codes_expires_at on gateway_device_codes (expires_at);
      create index gateway_device_codes_issued_token_id on gateway_device_codes (issued_token_id);
    `,
  },
];
