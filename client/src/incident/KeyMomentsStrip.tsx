import { durationBetween, formatDuration, type KeyMoments } from '@debrief/shared';
import { Icon } from '../ui/Icon.tsx';
import { formatZoned } from './formatZoned.ts';
import { KEY_MOMENT_NAMES, keyMomentLabels } from './keyMomentNames.ts';

interface Props {
  readonly moments: KeyMoments;
  /** What to say under a moment nobody has recorded yet. */
  readonly missingHint?: string;
}

/** The incident at a glance: when it started, when we became aware, mitigated and resolved, and the time between. */
export function KeyMomentsStrip({ moments, missingHint = 'Not recorded yet' }: Props) {
  const durations = [
    { label: 'Time to detect', ms: moments.timeToDetectMs, between: 'started → aware' },
    { label: 'Time to mitigate', ms: moments.timeToMitigateMs, between: 'aware → mitigated' },
    { label: 'Time to resolve', ms: moments.timeToResolveMs, between: 'aware → resolved' },
    { label: 'Lasted', ms: moments.totalDurationMs, between: 'started → resolved' },
  ];
  return (
    <section className="key-moments" aria-label="Key moments">
      <ol className="key-moments__list">
        {KEY_MOMENT_NAMES.map((name, index) => {
          const moment = moments[name];
          const previous = KEY_MOMENT_NAMES.slice(0, index)
            .map((earlier) => moments[earlier])
            .reverse()
            .find((earlier) => earlier !== null);
          const gap = moment && previous ? durationBetween(previous.at, moment.at) : null;
          return (
            <li key={name} className={`key-moment key-moment--${name}${moment ? '' : ' key-moment--missing'}`}>
              <span className="key-moment__dot" aria-hidden="true" />
              <span className="key-moment__label">{keyMomentLabels[name]}</span>
              {moment ? (
                <>
                  <time className="key-moment__time" dateTime={moment.at}>
                    {formatZoned(moment.at, moment.timeZone, 'time')}{' '}
                    <span className="key-moment__zone">{formatZoned(moment.at, moment.timeZone, 'zone')}</span>
                  </time>
                  <span className="key-moment__date">
                    {formatZoned(moment.at, moment.timeZone, 'date')}
                    {moment.source === 'timeline' && ' · from the timeline'}
                  </span>
                  {gap !== null && gap >= 0 && <span className="key-moment__gap">+{formatDuration(gap)}</span>}
                </>
              ) : (
                <span className="key-moment__missing">{missingHint}</span>
              )}
            </li>
          );
        })}
      </ol>
      <dl className="key-durations">
        {durations.map(({ label, ms, between }) => (
          <div key={label} className={`key-duration${ms !== null && ms < 0 ? ' key-duration--contradiction' : ''}`}>
            <dt>
              {label}{' '}
              <span className="key-duration__between" aria-hidden="true">
                {between}
              </span>
            </dt>
            <dd>
              {ms === null ? (
                <span className="key-duration__unknown">—</span>
              ) : ms < 0 ? (
                <>
                  <Icon name="alert" />
                  Check the times
                </>
              ) : (
                formatDuration(ms)
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
