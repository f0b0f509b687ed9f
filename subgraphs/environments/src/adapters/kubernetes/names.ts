import { parseEnvironmentId } from '@pave/subgraph-kit';

/** Fills `{component}`, `{namespace}` and `{environment}` in for an environment. */
export function fillTemplate(template: string, environmentId: string): string {
  const parsed = parseEnvironmentId(environmentId);
  if (!parsed) throw new Error(`"${environmentId}" is not an environment id.`);
  const [kindAndNamespace = '', component = ''] = parsed.componentRef.split('/');
  const namespace = kindAndNamespace.slice(kindAndNamespace.indexOf(':') + 1);
  return template
    .replaceAll('{component}', component)
    .replaceAll('{namespace}', namespace)
    .replaceAll('{environment}', parsed.name);
}

/** A namespace name Kubernetes accepts (an RFC 1123 label), or an error saying why not. */
export function namespaceFor(template: string, environmentId: string): string {
  const name = fillTemplate(template, environmentId);
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name)) {
    throw new Error(
      `"${name}" (from the namespace template "${template}") is not a valid Kubernetes namespace name.`,
    );
  }
  return name;
}

/** Label values: at most 63 characters of letters, digits, '-', '_' and '.'. */
export function labelValue(value: string): string {
  return value
    .replace(/[^A-Za-z0-9_.-]/g, '_')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}
