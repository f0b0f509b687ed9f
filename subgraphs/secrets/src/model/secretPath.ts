/** `component:default/hello-web/dev` → `<prefix>/component/default/hello-web/dev`. */
export function secretPath(prefix: string, environmentId: string): string {
  const [kind, rest] = [
    environmentId.slice(0, environmentId.indexOf(':')),
    environmentId.slice(environmentId.indexOf(':') + 1),
  ];
  return [prefix, kind, ...rest.split('/')]
    .map((part, i) => (i === 0 ? part : encodeURIComponent(part)))
    .join('/');
}
