import { InfoCard } from '@backstage/core-components';
import { EnvironmentPicker } from '../shared/EnvironmentPicker.tsx';
import { VariableHistory } from './VariableHistory.tsx';
import { VariablesEditor } from './VariablesEditor.tsx';

/** The Variables tab: an environment's config vars and secrets, their history and rollback. */
export function VariablesContent() {
  return (
    <EnvironmentPicker>
      {(environment) => (
        <>
          <InfoCard title={`Variables of ${environment.name}`}>
            <VariablesEditor key={environment.id} environmentId={environment.id} />
          </InfoCard>
          <div style={{ height: 16 }} />
          <InfoCard title="History">
            <VariableHistory key={environment.id} environmentId={environment.id} />
          </InfoCard>
        </>
      )}
    </EnvironmentPicker>
  );
}
