import { Box, Text } from 'ink';
import { createElement as h } from 'react';
import { Spinner } from './Spinner.ts';

export interface DeviceLoginProps {
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  browserOpened: boolean;
  /** A spinner while waiting; none once the gateway answered. */
  status: 'waiting' | 'done';
}

/** The code to type and where, and a spinner while `pave login` waits for the approval. */
export function DeviceLogin(props: DeviceLoginProps) {
  return h(
    Box,
    { flexDirection: 'column', gap: 1 },
    h(
      Text,
      null,
      props.browserOpened ? 'Your browser opened ' : 'Open ',
      h(Text, { color: 'cyan', underline: true }, props.verificationUri),
      props.browserOpened ? '; check that it shows this code:' : ' and enter this code:',
    ),
    h(Box, { marginLeft: 2 }, h(Text, { bold: true, color: 'yellow' }, props.userCode)),
    props.status === 'waiting'
      ? h(Spinner, { label: 'Waiting for you to approve it in the browser…' })
      : null,
  );
}
