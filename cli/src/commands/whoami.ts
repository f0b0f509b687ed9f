import { ViewerDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';

const whoami: Command = {
  description: 'Who the gateway thinks you are: your subject, kind, groups and whether you are an admin.',
  async run(session) {
    const { viewer } = await session.term.spin('Asking the gateway', () =>
      session.request(ViewerDocument, {}),
    );
    const auth = await session.auth();
    if (session.term.json) {
      return session.term.printJson({ gateway: session.gatewayUrl, tokenFrom: auth?.source, viewer });
    }
    await session.term.show({
      kind: 'details',
      rows: [
        ['subject', viewer.subject],
        ['kind', viewer.kind],
        ['admin', viewer.admin ? 'yes' : 'no'],
        ['groups', viewer.groups.join(', ')],
        ['gateway', session.gatewayUrl],
        ['token from', auth?.source === 'PAVE_TOKEN' ? 'PAVE_TOKEN' : session.credentials().file],
      ],
    });
  },
};

export default whoami;
