import type { EnvironmentType } from '../__generated__/resolvers-types.ts';
import type { EnvironmentKind } from '../store/rows.ts';

export const toKind = (type: EnvironmentType): EnvironmentKind => type.toLowerCase() as EnvironmentKind;
export const toType = (kind: EnvironmentKind): EnvironmentType => kind.toUpperCase() as EnvironmentType;
