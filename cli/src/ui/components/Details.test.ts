import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { Details } from './Details.ts';

describe('Details', () => {
  it('aligns the values after the longest label and marks missing ones', () => {
    const { lastFrame } = render(
      h(Details, {
        view: {
          kind: 'details',
          title: 'Hello web — component:default/hello-web',
          rows: [
            ['owner', 'Storefront (group:default/team-storefront)'],
            ['lifecycle', 'production'],
            ['system', null],
          ],
        },
      }),
    );
    expect(lastFrame()?.split('\n')).toEqual([
      'Hello web — component:default/hello-web',
      'owner      Storefront (group:default/team-storefront)',
      'lifecycle  production',
      'system     —',
    ]);
  });
});
