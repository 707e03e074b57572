import type { ConnectionStatus } from './useConnectionStatus.ts';

const labels: Record<ConnectionStatus, { text: string; detail: string }> = {
  online: { text: 'Online', detail: 'Changes are saved and shared as you type.' },
  connecting: { text: 'Connecting…', detail: 'Your changes are kept in this browser until we connect.' },
  reconnecting: { text: 'Reconnecting…', detail: 'Your changes are kept in this browser and sent when we reconnect.' },
  offline: {
    text: 'Offline — edits kept',
    detail: 'Your changes are kept in this browser and sent when we reconnect.',
  },
};

export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const label = labels[status];
  return (
    <output className={`connection connection--${status}`} aria-live="polite" title={label.detail} data-status={status}>
      <span className="connection__dot" aria-hidden="true" />
      {label.text}
    </output>
  );
}
