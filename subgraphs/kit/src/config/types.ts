import type { Capability } from './capabilities.ts';

/** Pave's configuration: `pave.yaml` merged with environment variables, defaults applied. */
export interface PaveConfig {
  /** Absolute path of the configuration file read, if any. */
  file?: string;
  /** Absolute directory that relative paths are resolved against: the file's directory, else cwd. */
  baseDir: string;
  /** Absolute. yaml `dataDir`, env PAVE_DATA_DIR; default `<cwd>/.pave`. */
  dataDir: string;
  /** yaml `mode`, env PAVE_MODE; default development. */
  mode: 'development' | 'production';
  gateway: GatewayConfig;
  identity: {
    /** HMAC key the gateway signs caller identity with (≥ 32 characters); env PAVE_IDENTITY_KEY. */
    key?: string;
  };
  database: {
    /** postgres:// or postgresql:// URL; env DATABASE_URL; absent = embedded PGlite. */
    url?: string;
  };
  events: {
    /** env PAVE_EVENTS; default memory. */
    kind: 'memory' | 'nats' | 'postgres';
    /** NATS server URL, required for kind nats; env NATS_URL. */
    url?: string;
  };
  /** Every capability is always present, with its default adapter when none is configured. */
  subgraphs: Record<Capability, SubgraphConfig>;
}

export interface GatewayConfig {
  /** Default 127.0.0.1; env PAVE_HOST. */
  host: string;
  /** Default 4000; env PORT. */
  port: number;
  /** Absolute path of a supergraph SDL file to serve instead of composing. */
  supergraph?: string;
  persistedDocuments?: {
    /** Absolute paths of the persisted-documents manifests, one per client; at least one. */
    manifests: string[];
    /** Default: true in development, false in production. */
    allowArbitrary: boolean;
  };
  limits: GatewayLimits;
  auth: { jwt: JwtIssuerConfig[] };
  /** Origins whose pages may call the gateway from a browser; default none, `*` any. */
  cors: { origins: string[] };
  /** http(s) URL users reach the gateway at. */
  publicUrl?: string;
}

export interface GatewayLimits {
  depth: number;
  aliases: number;
  tokens: number;
  cost: number;
  bodyBytes: number;
  upstreamTimeoutMs: number;
}

export interface JwtIssuerConfig {
  issuer: string;
  audience: string | string[];
  jwksUrl: string;
  /** Default 'groups'. */
  groupsClaim: string;
  /** Default []. */
  adminGroups: string[];
  /**
   * Capabilities the caller's token itself is passed to, for adapters that call a backend as the
   * caller (the catalog's `backstage` adapter). Default [].
   */
  passTokenTo: Capability[];
}

export interface SubgraphConfig {
  /** http(s) URL the gateway reaches the subgraph at in distributed mode. */
  url?: string;
  /** Port the subgraph listens on when run alone (`pave-subgraph NAME`). */
  port?: number;
  /** `kind` picks the adapter; the other options are validated by the capability with parseSection. */
  adapter: AdapterConfig;
}

export interface AdapterConfig {
  kind: string;
  [option: string]: unknown;
}
