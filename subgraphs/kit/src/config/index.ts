export { CAPABILITIES, type Capability, DEFAULT_ADAPTERS } from './capabilities.ts';
export { ConfigError } from './errors.ts';
export { type LoadConfigOptions, loadConfig } from './load.ts';
export { parseSection } from './section.ts';
export type {
  AdapterConfig,
  GatewayConfig,
  GatewayLimits,
  JwtIssuerConfig,
  PaveConfig,
  SubgraphConfig,
} from './types.ts';
