import { isTimeboxRunning, type Timebox, timeboxRemainingMs } from '@debrief/shared';
import { Icon } from '../ui/Icon.tsx';
import { formatCountdown } from './formatCountdown.ts';
import { useNow } from './useNow.ts';

/** The stage's timebox as everyone sees it: time left, paused, or how far over. Nothing when no timebox is set. */
export function TimeboxCountdown({ timebox }: { timebox: Timebox }) {
  const running = isTimeboxRunning(timebox);
  const now = useNow(1000, running);
  const remaining = timeboxRemainingMs(timebox, now);
  if (remaining === null) return null;
  const over = remaining < 0;
  const state = over ? 'over' : running ? 'running' : 'stopped';
  return (
    <div className={`timebox timebox--${state}`} role="timer" aria-label="Time left in this stage" data-state={state}>
      <Icon name="clock" />
      <span className="timebox__time">{over ? formatCountdown(remaining) : `${formatCountdown(remaining)} left`}</span>
      {!running && <span className="timebox__state">{timebox.elapsedMs === 0 ? 'not started' : 'paused'}</span>}
    </div>
  );
}
