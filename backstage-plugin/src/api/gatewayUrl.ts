/**
 * The gateway's GraphQL endpoint from `pave.gatewayUrl`: the gateway's base URL
 * (`https://pave.example.com`) or its endpoint (`…/graphql`). Anything else is a configuration
 * mistake worth a clear message at start rather than a confusing network error later.
 */
export function graphqlEndpoint(gatewayUrl: string): string {
  let url: URL;
  try {
    url = new URL(gatewayUrl);
  } catch {
    throw new Error(`pave.gatewayUrl: got "${gatewayUrl}", expected an http:// or https:// URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`pave.gatewayUrl: got "${gatewayUrl}", expected an http:// or https:// URL`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith('/graphql') ? path : `${path}/graphql`;
  return url.toString();
}
