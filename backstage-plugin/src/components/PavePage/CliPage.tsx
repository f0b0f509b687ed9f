import { CodeSnippet, InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Typography } from '@material-ui/core';
import { paveApiRef } from '../../api/PaveApi.ts';

/** How to get `pave`, the CLI with the same features as these tabs, and sign it in to this gateway. */
export function CliPage() {
  const { gatewayUrl } = useApi(paveApiRef);
  const base = gatewayUrl.replace(/\/graphql\/?$/, '').replace(/\/+$/, '');
  return (
    <InfoCard title="Get the CLI">
      <Typography paragraph>
        <code>pave</code> does in a terminal what these tabs do in Backstage: environments, config vars and
        secrets, releases and logs, for the service in the folder you are in. It needs Node 22.18 or newer.
      </Typography>
      <Typography variant="h6">1. Install</Typography>
      <Typography paragraph>
        From a checkout of the Pave repository (your platform team can tell you where it is); it runs on
        Node's own TypeScript support, with no build step.
      </Typography>
      <CodeSnippet
        language="bash"
        showCopyCodeButton
        text={'pnpm install\nln -s "$PWD/cli/src/bin/pave.ts" ~/.local/bin/pave\npave --version'}
      />
      <Typography variant="h6">2. Sign in to this platform</Typography>
      <Typography paragraph>
        <code>pave login</code> shows a code and opens the gateway's page in your browser, where you approve
        it; the CLI then keeps its token for this gateway.
      </Typography>
      <CodeSnippet
        language="bash"
        showCopyCodeButton
        text={`export PAVE_URL=${base}\npave login\npave whoami`}
      />
      <Typography variant="h6">3. Use it in your service's folder</Typography>
      <CodeSnippet
        language="bash"
        showCopyCodeButton
        text={'cd path/to/your-service\npave info\npave env use dev'}
      />
    </InfoCard>
  );
}
