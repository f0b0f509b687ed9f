import { ViewerDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { openBrowser } from '../login/browser.ts';
import { pollForToken, startDeviceAuthorization } from '../login/deviceFlow.ts';
import type { Session } from '../session.ts';

const login: Command = {
  description:
    'Signs in to the gateway (PAVE_URL). Without --token: the OAuth device flow — pave shows a code ' +
    'and a URL (and opens your browser when it can), you approve the code there with a token or ' +
    'login you already have, and the gateway gives pave a token of its own with your groups. The ' +
    'token is kept in credentials.json in your config folder (mode 0600), one per gateway.',
  options: {
    token: {
      type: 'string',
      placeholder: 'TOKEN',
      description: 'Store this token instead (a service token or the root token; - reads it from stdin)',
    },
    'no-browser': { type: 'boolean', description: 'Do not open a browser; just show the URL' },
  },
  examples: ['pave login', 'pave login --token - < token.txt'],
  async run(session, { options }) {
    if (session.env.PAVE_TOKEN) {
      session.term.note('Note: PAVE_TOKEN is set; it wins over the stored login until you unset it.');
    }
    const given = options.token as string | undefined;
    const { token, method } =
      given !== undefined
        ? { token: await readToken(given, session), method: 'token' as const }
        : { token: await deviceLogin(session, options['no-browser'] === true), method: 'device' as const };

    const subject = await whoIs(session, token);
    await session.credentials().set(session.gatewayUrl, {
      token,
      subject,
      method,
      savedAt: new Date().toISOString(),
    });
    if (session.term.json) {
      return session.term.printJson({
        gateway: session.gatewayUrl,
        subject,
        method,
        credentials: session.credentials().file,
      });
    }
    await session.term.show({
      kind: 'message',
      tone: 'success',
      text: `Logged in to ${session.gatewayUrl} as ${subject}.`,
    });
  },
};

async function readToken(given: string, session: Session): Promise<string> {
  let token = given;
  if (given === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of session.term.streams.stdin) chunks.push(Buffer.from(chunk as Buffer));
    token = Buffer.concat(chunks).toString('utf8');
  }
  token = token.trim();
  if (!token) throw new UsageError('--token is empty.', 'Give the token, or - to read it from stdin.');
  if (/\s/.test(token)) throw new UsageError('--token holds spaces or line breaks: paste the token alone.');
  return token;
}

async function whoIs(session: Session, token: string): Promise<string> {
  try {
    const { viewer } = await session.request(ViewerDocument, {}, { token });
    return viewer.subject;
  } catch (error) {
    if (error instanceof CliError && /not logged in|does not accept/.test(error.message)) {
      throw new CliError(`The gateway at ${session.gatewayUrl} does not accept this token.`, {
        hint: 'Check that it is whole and not revoked, and that PAVE_URL is the right gateway.',
      });
    }
    throw error;
  }
}

async function deviceLogin(session: Session, noBrowser: boolean): Promise<string> {
  const { term } = session;
  const grant = await term.spin('Starting the login', () => startDeviceAuthorization(session.gatewayUrl));
  const target = grant.verificationUriComplete ?? grant.verificationUri;
  if (!term.liveProgress) {
    term.note(`To log in, open ${grant.verificationUri} and enter the code ${grant.userCode}`);
    term.note(
      `(or open ${target}). Waiting for the approval; the code expires in ${Math.round(grant.expiresIn / 60)} minutes.`,
    );
    return pollForToken(session.gatewayUrl, grant);
  }
  const browserOpened = !noBrowser && (await openBrowser(target, session.env));
  const props = { userCode: grant.userCode, verificationUri: grant.verificationUri, browserOpened };
  const live = (await term.ui()).showDeviceLogin({ ...props, status: 'waiting' }, term.streams);
  try {
    return await pollForToken(session.gatewayUrl, grant);
  } finally {
    live.update({ ...props, status: 'done' });
    await live.close();
  }
}

export default login;
