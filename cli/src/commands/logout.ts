import type { Command } from '../command.ts';
import { GatewayUnreachable } from '../graphql/gatewayErrors.ts';
import { revokeToken } from '../login/deviceFlow.ts';

const logout: Command = {
  description:
    'Forgets the login stored for this gateway (PAVE_URL). A token pave got through the browser is ' +
    'revoked at the gateway too; a token you pasted with --token is only forgotten, as it may serve elsewhere.',
  async run(session) {
    const url = session.gatewayUrl;
    const stored = await session.credentials().get(url);
    let revoked = false;
    if (stored?.method === 'device') {
      revoked = await revokeToken(url, stored.token).catch((error) => {
        if (!(error instanceof GatewayUnreachable)) throw error;
        session.term.note(
          `Warning: could not reach ${url} to revoke the token; an admin can revoke it later.`,
        );
        return false;
      });
    }
    if (stored) await session.credentials().delete(url);
    if (session.env.PAVE_TOKEN) session.term.note('Note: PAVE_TOKEN is still set in your environment.');
    if (session.term.json) return session.term.printJson({ gateway: url, loggedOut: !!stored, revoked });
    await session.term.show({
      kind: 'message',
      tone: stored ? 'success' : 'info',
      text: stored
        ? `Logged out of ${url}${revoked ? ' (its token is revoked)' : ''}.`
        : `You were not logged in to ${url}.`,
    });
  },
};

export default logout;
