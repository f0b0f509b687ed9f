import { InfoCard } from '@backstage/core-components';
import { EnvironmentPicker } from '../shared/EnvironmentPicker.tsx';
import { ReleaseList } from './ReleaseList.tsx';

/** The Releases tab: an environment's releases, live; deploy, promote and roll back. */
export function ReleasesContent() {
  return (
    <EnvironmentPicker>
      {(environment, all) => (
        <InfoCard title={`Releases of ${environment.name}`}>
          <ReleaseList
            key={environment.id}
            environment={environment}
            otherEnvironments={all.filter((e) => e.id !== environment.id)}
          />
        </InfoCard>
      )}
    </EnvironmentPicker>
  );
}
