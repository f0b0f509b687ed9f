// The gateway package's API, for programs that embed Pave (the bin/ entry points, benchmarks,
// the Backstage plugin's dev app) rather than run it from the command line.
export { defaultModules, type Platform, startPlatform } from './platform.ts';
export { type Gateway, type GatewayOptions, GRAPHQL_PATH, startGateway } from './server.ts';
