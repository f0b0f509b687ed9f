import { startDevPlatform } from './devPlatform.ts';

/**
 * `pnpm --filter @pave/backstage-plugin dev` (or `pnpm dev:plugin`): the dev app against a live
 * embedded platform. Ctrl-C stops everything; the platform's data is temporary.
 */
const port = Number(process.env.PORT ?? 3000);
const dev = await startDevPlatform({ appPort: port });
console.log(`Pave gateway:   ${dev.gatewayUrl}/graphql`);
console.log(
  `Backstage app:  ${dev.appUrl}/catalog/default/component/hello-web  (signed in as user:default/jane)`,
);
console.log(`Pave page:      ${dev.appUrl}/pave`);
const stop = async () => {
  await dev.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
