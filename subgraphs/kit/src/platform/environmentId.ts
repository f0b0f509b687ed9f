/**
 * Environments are federated by `id`, which every capability can read without asking the
 * environments subgraph: the component's canonical ref and the environment's name,
 * `component:default/hello-web/dev`. Names are DNS labels, so the last `/` always splits them.
 */
export function environmentId(componentRef: string, name: string): string {
  return `${componentRef.toLowerCase()}/${name}`;
}

export function parseEnvironmentId(id: string): { componentRef: string; name: string } | undefined {
  const slash = id.lastIndexOf('/');
  const componentRef = id.slice(0, slash);
  const name = id.slice(slash + 1);
  if (
    slash < 0 ||
    !/^[a-z0-9-]+:[^/]+\/[^/]+$/.test(componentRef) ||
    !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)
  ) {
    return undefined;
  }
  return { componentRef, name };
}
