import { FormControl, InputLabel, MenuItem, Select } from '@material-ui/core';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { PaveComponentEnvironmentsDocument } from '../../__generated__/graphql.ts';
import { environmentsOf } from './componentEnvironments.ts';
import { QueryState } from './QueryState.tsx';
import { UnknownComponent } from './UnknownComponent.tsx';
import { useComponentRef } from './useComponentRef.ts';
import { useSelectedEnvironment } from './useSelectedEnvironment.ts';

export interface PickedEnvironment {
  id: string;
  name: string;
  type: string;
}

/**
 * Lets the user pick one of the component's environments, then renders `children` for it. The
 * other environments come along for actions that need a second one (promote).
 */
export function EnvironmentPicker(props: {
  children: (selected: PickedEnvironment, all: PickedEnvironment[]) => ReactNode;
}) {
  const ref = useComponentRef();
  const [result] = useQuery({ query: PaveComponentEnvironmentsDocument, variables: { ref } });
  const [selectedName, select] = useSelectedEnvironment();
  const environments = environmentsOf(result.data?.entity)?.nodes ?? [];
  // Until the user picks one (or a link names one), the first environment.
  const selected = environments.find((e) => e.name === selectedName) ?? environments[0];

  if (result.data && result.data.entity === null) return <UnknownComponent componentRef={ref} />;
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={environmentsOf(result.data?.entity)}
      isEmpty={(connection) => connection.nodes.length === 0}
      empty={{
        title: 'No environments yet',
        description: 'Create one on the Environments tab, or with `pave env create` in the CLI.',
      }}
    >
      {() =>
        selected ? (
          <>
            <FormControl variant="outlined" size="small" style={{ minWidth: 240, marginBottom: 16 }}>
              <InputLabel id="pave-environment-label">Environment</InputLabel>
              <Select
                labelId="pave-environment-label"
                label="Environment"
                value={selected.name}
                onChange={(event) => select(String(event.target.value))}
              >
                {environments.map((environment) => (
                  <MenuItem key={environment.id} value={environment.name}>
                    {environment.name} ({environment.type.toLowerCase()})
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            {props.children(selected, environments)}
          </>
        ) : null
      }
    </QueryState>
  );
}
