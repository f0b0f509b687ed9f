import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';

/** The entity page's component as Pave names it: its canonical ref, lower case. */
export function useComponentRef(): string {
  const { entity } = useEntity();
  return stringifyEntityRef(entity).toLowerCase();
}
