import { EmptyState, Progress } from '@backstage/core-components';
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice.tsx';

/** Loading, error and empty states, the same way on every tab; children only once there is data. */
export function QueryState<T>(props: {
  fetching: boolean;
  error?: CombinedError;
  data: T | null | undefined;
  isEmpty?: (data: T) => boolean;
  empty?: { title: string; description?: string; action?: JSX.Element };
  children: (data: T) => ReactNode;
}) {
  const { fetching, error, data } = props;
  if (error && data == null) return <ErrorNotice error={error} />;
  if (data == null)
    return fetching ? <Progress /> : <ErrorNotice message="The gateway answered with nothing." />;
  if (props.empty && props.isEmpty?.(data)) {
    return (
      <EmptyState
        missing="data"
        title={props.empty.title}
        description={props.empty.description}
        action={props.empty.action}
      />
    );
  }
  return (
    <>
      {error ? <ErrorNotice error={error} /> : null}
      {props.children(data)}
    </>
  );
}
