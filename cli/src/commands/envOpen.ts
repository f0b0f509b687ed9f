import type { Command } from '../command.ts';
import { targetEnvironment } from '../environments/target.ts';
import { CliError } from '../errors.ts';
import { openBrowser } from '../login/browser.ts';

const envOpen: Command = {
  description:
    'Opens the environment’s URL in your browser (NAME, else --env, PAVE_ENV or pave env use). ' +
    'Without a browser (no display, BROWSER=none, PAVE_NO_BROWSER), prints the URL.',
  args: [{ name: 'NAME' }],
  examples: ['pave env open', 'pave env open staging'],
  async run(session, { args }) {
    const env = await targetEnvironment(session, {
      name: args[0],
      source: 'NAME',
      question: 'Open which environment',
    });
    if (!env.url)
      throw new CliError(`${env.name} has no URL: it does not serve anything the platform knows of.`);
    if (session.term.json) return session.term.printJson({ name: env.name, url: env.url });
    if (await openBrowser(env.url, session.env)) {
      session.term.note(`Opening ${env.url}`);
      return;
    }
    session.term.out(env.url);
  },
};

export default envOpen;
