import { InfoCard } from '@backstage/core-components';
import { EnvironmentPicker } from '../shared/EnvironmentPicker.tsx';
import { LiveTail } from './LiveTail.tsx';
import { MetricsChart } from './MetricsChart.tsx';

/** The Logs tab: a live tail with pause, filter and search, and the environment's metrics. */
export function LogsContent() {
  return (
    <EnvironmentPicker>
      {(environment) => (
        <>
          <InfoCard title={`Logs of ${environment.name}`}>
            <LiveTail key={environment.id} environmentId={environment.id} />
          </InfoCard>
          <div style={{ height: 16 }} />
          <InfoCard title="Metrics">
            <MetricsChart key={environment.id} environmentId={environment.id} />
          </InfoCard>
        </>
      )}
    </EnvironmentPicker>
  );
}
