import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusRunning,
  StatusWarning,
} from '@backstage/core-components';

const ICONS = {
  ok: StatusOK,
  error: StatusError,
  pending: StatusPending,
  running: StatusRunning,
  warning: StatusWarning,
  aborted: StatusAborted,
} as const;

const KIND_OF: Record<string, keyof typeof ICONS> = {
  RUNNING: 'ok',
  SUCCEEDED: 'ok',
  FAILED: 'error',
  CRASHED: 'error',
  PENDING: 'pending',
  EMPTY: 'pending',
  DEPLOYING: 'running',
  STARTING: 'running',
  TEARING_DOWN: 'running',
  STOPPED: 'aborted',
  UNKNOWN: 'warning',
};

/** An environment state or release status as Backstage shows statuses: an icon and the word. */
export function StatusLabel(props: { status: string | null | undefined }) {
  const status = props.status ?? 'UNKNOWN';
  const Icon = ICONS[KIND_OF[status] ?? 'warning'];
  return <Icon>{status.toLowerCase().replace('_', ' ')}</Icon>;
}
