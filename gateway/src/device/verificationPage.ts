import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.4rem}label{display:block;margin-top:1rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #8c959f;border-radius:4px}
input[name=user_code]{font-family:ui-monospace,monospace;letter-spacing:.15em;text-transform:uppercase}
.actions{margin-top:1.5rem;display:flex;gap:.75rem}button{padding:.5rem 1.25rem;font:inherit;border-radius:4px;border:1px solid #8c959f;background:#f6f8fa;cursor:pointer}
button[value=approve]{background:#1f883d;border-color:#1f883d;color:#fff}.error{color:#cf222e;font-weight:600}
.hint{color:#57606a;font-size:.9rem}code{font-family:ui-monospace,monospace}`;

// No script, no CDN: the only thing the page may load is its own inline style, pinned by hash.
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface FormState {
  userCode?: string;
  /** The client that asked, once the code is known to be pending. */
  clientId?: string;
  error?: string;
  /** Whether JWTs from an identity provider are accepted besides Pave's own tokens. */
  acceptsJwt: boolean;
}

export function renderForm(state: FormState): string {
  const who = state.acceptsJwt
    ? 'your token: a JWT from your identity provider (e.g. your Backstage token), a Pave service token or the root token'
    : 'your token: a Pave service token or the root token (<code>.pave/root-token</code>)';
  const asking = state.clientId
    ? `<p><code>${escapeHtml(state.clientId)}</code> is asking to sign in to this Pave platform.</p>`
    : '';
  return page(
    'Sign in a device',
    `<h1>Sign in a device to Pave</h1>
${asking}<p>Enter the code your terminal shows, and prove who you are with ${who}. The device gets a
new token with your groups; approve only if you just ran <code>pave login</code> yourself.</p>
${state.error ? `<p class="error" role="alert">${escapeHtml(state.error)}</p>` : ''}
<form method="post" action="/device">
<label for="user_code">Code</label>
<input id="user_code" name="user_code" value="${escapeHtml(state.userCode ?? '')}" placeholder="XXXX-XXXX" autocomplete="off" required autofocus>
<label for="token">Token</label>
<input id="token" name="token" type="password" autocomplete="off" required>
<div class="actions"><button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button></div>
</form>
<p class="hint">Your token is checked and forgotten: it is never stored nor sent to the device.</p>`,
  );
}

export function renderDone(decision: 'approve' | 'deny', subject: string): string {
  return decision === 'approve'
    ? page(
        'Device approved',
        `<h1>Device approved</h1><p>It is signed in as a new token of <code>${escapeHtml(subject)}</code>.
You can close this tab and go back to your terminal.</p>`,
      )
    : page(
        'Device denied',
        '<h1>Sign-in denied</h1><p>The device was not signed in. You can close this tab.</p>',
      );
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Pave</title>
<style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': CSP,
    'cache-control': 'no-store',
    // The URL may carry the user code: never leak it to another site.
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    ...headers,
  });
  res.end(html);
}
