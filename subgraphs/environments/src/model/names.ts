import { createHash } from 'node:crypto';
import { badUserInput } from '@pave/subgraph-kit';

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
export const DNS_LABEL_RULE =
  'a DNS label: 1–63 lower-case letters, digits or "-", not starting or ending with "-"';

/** The name as given, or BAD_USER_INPUT naming `field`. */
export function checkName(name: string, field: string): string {
  if (!DNS_LABEL.test(name)) {
    throw badUserInput(`"${name}" is not a valid environment name: use ${DNS_LABEL_RULE}.`, {
      field,
      rule: DNS_LABEL_RULE,
    });
  }
  return name;
}

const BRANCH = /^(?!-)(?!.*\.\.)[^\p{Cc}\s~^:?*[\\]{1,255}$/u;
export const BRANCH_RULE = 'a git branch name: no spaces, "..", "~", "^", ":", "?", "*", "[" or "\\"';

export function checkBranch(branch: string, field: string): string {
  if (!BRANCH.test(branch) || branch.endsWith('/') || branch.endsWith('.lock')) {
    throw badUserInput(`"${branch}" is not a valid git branch name.`, { field, rule: BRANCH_RULE });
  }
  return branch;
}

/**
 * `preview-` and the branch as a DNS label: `feature/Login_form` → `preview-feature-login-form`.
 * Long names keep their start and end with a short hash of the branch, so two branches never share one.
 */
export function previewName(branch: string): string {
  const label = branch
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const name = `preview-${label || 'branch'}`;
  if (name.length <= 63) return name;
  const hash = createHash('sha256').update(branch).digest('hex').slice(0, 8);
  return `${name.slice(0, 54).replace(/-+$/, '')}-${hash}`;
}
