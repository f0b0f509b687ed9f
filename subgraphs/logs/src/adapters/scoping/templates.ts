import { parseEnvironmentId } from '@pave/subgraph-kit';
import type { LogScope } from '../../port.ts';

/**
 * How a Pave component or environment is named in a backend that knows nothing of Pave (a
 * Prometheus label, a Loki stream, a Kubernetes namespace): templates with these placeholders.
 */
export interface ScopeNames {
  /** `component:default/hello-web` */
  componentRef: string;
  /** `hello-web` */
  componentName: string;
  /** The catalog namespace, `default` */
  namespace: string;
  /** `dev`, or undefined for a component's scope */
  environment?: string;
  /** `component:default/hello-web/dev` */
  environmentId?: string;
}

export function scopeNames(scope: LogScope): ScopeNames {
  const componentRef =
    scope.environmentId !== undefined
      ? parseEnvironmentId(scope.environmentId)?.componentRef
      : scope.componentRef;
  if (!componentRef) throw new Error(`not an environment id: ${scope.environmentId}`);
  const [, namespace = 'default', componentName = componentRef] =
    /^[^:]+:([^/]+)\/(.+)$/.exec(componentRef) ?? [];
  const environment =
    scope.environmentId !== undefined ? parseEnvironmentId(scope.environmentId)?.name : undefined;
  return { componentRef, componentName, namespace, environment, environmentId: scope.environmentId };
}

export const PLACEHOLDERS = [
  'componentRef',
  'componentName',
  'namespace',
  'environment',
  'environmentId',
] as const;

/** Fills `{placeholder}`s, each value passed through `escapeValue` (for the backend's string syntax). */
export function fillTemplate(
  template: string,
  names: ScopeNames,
  escapeValue: (value: string) => string = (v) => v,
): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = names[name as keyof ScopeNames];
    if (value === undefined) {
      throw new Error(
        `the template "${template}" needs {${name}}, which a ${names.environment ? 'environment' : 'component'} does not have`,
      );
    }
    return escapeValue(value);
  });
}

/** Whether a template only uses known placeholders; for option validation. */
export function usesKnownPlaceholders(template: string): boolean {
  return [...template.matchAll(/\{(\w+)\}/g)].every(([, name]) =>
    (PLACEHOLDERS as readonly string[]).includes(name as string),
  );
}

/** A double-quoted string's content in PromQL and LogQL. */
export const escapeQuoted = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
