import { conflict } from '@pave/subgraph-kit';

export function staleVersionError(environmentId: string, expected: number, current: number) {
  return conflict(
    `The variables of ${environmentId} are at version ${current}, not ${expected}: read them again and retry.`,
    { currentVersion: current },
  );
}
