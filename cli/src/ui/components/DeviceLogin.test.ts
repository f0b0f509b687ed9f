import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { DeviceLogin } from './DeviceLogin.ts';

const props = {
  userCode: 'WDJB-MJHT',
  verificationUri: 'http://127.0.0.1:4000/device',
  browserOpened: false,
  status: 'waiting' as const,
};

describe('DeviceLogin', () => {
  it('shows where to go, the code, and a spinner while waiting', () => {
    const { lastFrame } = render(h(DeviceLogin, props));
    const lines = lastFrame()?.split('\n') ?? [];
    expect(lines[0]).toBe('Open http://127.0.0.1:4000/device and enter this code:');
    expect(lines[2]).toBe('  WDJB-MJHT');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Waiting for you to approve it in the browser…$/);
  });

  it('says the browser opened when it did, and drops the spinner once done', () => {
    const { lastFrame } = render(h(DeviceLogin, { ...props, browserOpened: true, status: 'done' }));
    expect(lastFrame()).toBe(
      'Your browser opened http://127.0.0.1:4000/device; check that it shows this code:\n\n  WDJB-MJHT',
    );
  });
});
