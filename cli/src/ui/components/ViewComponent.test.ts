import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { ViewComponent } from './ViewComponent.ts';

describe('ViewComponent', () => {
  it('draws a stack of views with a blank line between them', () => {
    const { lastFrame } = render(
      h(ViewComponent, {
        view: {
          kind: 'stack',
          views: [
            { kind: 'message', tone: 'success', text: 'Logged in to http://gw as root.' },
            { kind: 'details', rows: [['subject', 'root']] },
          ],
        },
      }),
    );
    expect(lastFrame()).toBe('✔ Logged in to http://gw as root.\n\nsubject  root');
  });
});
