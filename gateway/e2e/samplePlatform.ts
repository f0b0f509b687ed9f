import { join } from 'node:path';
import { git, LOOP_YAML } from '../../subgraphs/releases/src/testing/loop.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

export type EnvironmentType = 'DEVELOPMENT' | 'STAGING' | 'PRODUCTION';

export interface SamplePlatform<Name extends string> {
  platform: TestPlatform;
  /** The sample app, `examples/hello-web` in the platform's folder: a git repository, committed on main. */
  project: string;
  /** The stable URL of each environment asked for, by name. */
  urls: Record<Name, string>;
}

/**
 * The embedded platform on LOOP_YAML with the sample app as a developer's checkout — releases ship
 * its commits — and the environments of hello-web asked for, by name and type, made through the API.
 */
export async function startSamplePlatform<Name extends string = never>(
  environments: Record<Name, EnvironmentType> = {} as Record<Name, EnvironmentType>,
): Promise<SamplePlatform<Name>> {
  const platform = await startTestPlatform({ yaml: LOOP_YAML });
  try {
    const project = join(platform.dir, 'examples/hello-web');
    git(project, 'init', '-q', '-b', 'main');
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '-m', 'hello-web');
    const urls = {} as Record<Name, string>;
    for (const [name, type] of Object.entries(environments) as Array<[Name, EnvironmentType]>) {
      const { data, errors } = await platform.graphql(
        'mutation($name: String!, $type: EnvironmentType!) { createEnvironment(input: { componentRef: "hello-web", name: $name, type: $type }) { environment { url } } }',
        { name, type },
      );
      if (errors) throw new Error(`creating ${name}: ${JSON.stringify(errors)}`);
      urls[name] = data.createEnvironment.environment.url;
    }
    return { platform, project, urls };
  } catch (error) {
    await platform.stop();
    throw error;
  }
}
