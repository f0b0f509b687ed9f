import type { Command } from '../command.ts';
import { gatewayFetch } from '../context/gateway.ts';
import { describeCause, GatewayUnreachable } from '../graphql/gatewayErrors.ts';

const version: Command = {
  description:
    'The CLI version, the gateway pave talks to (PAVE_URL) and that gateway’s version. The gateway ' +
    'being down is reported, not a failure. `pave --version` prints the CLI version alone, offline.',
  async run(session) {
    const url = session.gatewayUrl;
    const gateway = await session.term.spin('Asking the gateway', () => gatewayVersion(url));
    if (session.term.json) {
      return session.term.printJson({
        cli: session.cliVersion,
        node: process.versions.node,
        gateway: { url, ...gateway },
      });
    }
    await session.term.show({
      kind: 'details',
      rows: [
        ['pave', `${session.cliVersion} (node ${process.versions.node})`],
        ['gateway', url],
        ['gateway version', gateway.version ?? `unknown: ${gateway.error}`],
      ],
    });
  },
};

async function gatewayVersion(url: string): Promise<{ version?: string; error?: string }> {
  try {
    const response = await gatewayFetch(url, '/version', { timeoutMs: 5_000 });
    if (!response.ok) return { error: `GET /version answered ${response.status}` };
    const body = (await response.json()) as { version?: unknown };
    return typeof body.version === 'string'
      ? { version: body.version }
      : { error: 'no version in its answer' };
  } catch (error) {
    return {
      error: error instanceof GatewayUnreachable ? `unreachable (${error.message})` : describeCause(error),
    };
  }
}

export default version;
