import { ErrorNotice } from './ErrorNotice.tsx';

/** The Backstage entity has no counterpart in Pave's catalog (a different catalog, or not loaded yet). */
export function UnknownComponent(props: { componentRef: string }) {
  return (
    <ErrorNotice
      described={{
        code: 'NOT_FOUND',
        message: `Pave's catalog has no ${props.componentRef}. Pave reads the same catalog-info.yaml files as Backstage; check that it is loaded (catalogProblems in the Platform API).`,
      }}
    />
  );
}
