import {
  type EvidenceLink,
  evidenceKindLabels,
  formatDuration,
  formatHourlyRate,
  formatIncidentCost,
  type IncidentCost,
  isSafeHttpUrl,
  type KeyMoment,
  type KeyMoments,
} from '@debrief/shared';
import { formatDay, formatTimeOfDay } from './formatRecordValues.ts';

interface Props {
  readonly moments: KeyMoments;
  readonly howWeBecameAware: string;
  readonly impact: string;
  readonly howItWasSolved: string;
  readonly cost: IncidentCost | null;
  readonly evidence: readonly EvidenceLink[];
}

const momentRows: readonly { key: 'started' | 'aware' | 'mitigated' | 'resolved'; label: string }[] = [
  { key: 'started', label: 'Started' },
  { key: 'aware', label: 'We became aware' },
  { key: 'mitigated', label: 'Mitigated' },
  { key: 'resolved', label: 'Resolved' },
];

const durationRows: readonly {
  key: 'timeToDetectMs' | 'timeToMitigateMs' | 'timeToResolveMs' | 'totalDurationMs';
  label: string;
  hint: string;
}[] = [
  { key: 'timeToDetectMs', label: 'Time to detect', hint: 'started → aware' },
  { key: 'timeToMitigateMs', label: 'Time to mitigate', hint: 'aware → mitigated' },
  { key: 'timeToResolveMs', label: 'Time to resolve', hint: 'aware → resolved' },
  { key: 'totalDurationMs', label: 'Total duration', hint: 'started → resolved' },
];

/** The incident's facts: key moments in their own zones, how long each part took, what happened, and the evidence. */
export function RecordFacts({ moments, howWeBecameAware, impact, howItWasSolved, cost, evidence }: Props) {
  const texts = [
    { label: 'How we became aware', text: howWeBecameAware },
    { label: 'Impact', text: impact },
    { label: 'How it was solved', text: howItWasSolved },
  ];
  return (
    <section className="record-section" aria-labelledby="record-facts-heading">
      <h3 id="record-facts-heading" className="record-section__title">
        The facts
      </h3>
      <dl className="record-moments">
        {momentRows.map(({ key, label }) => (
          <div key={key} className="record-moments__item">
            <dt>{label}</dt>
            <dd>{describeMoment(moments[key])}</dd>
          </div>
        ))}
      </dl>
      <dl className="record-durations">
        {durationRows.map(({ key, label, hint }) => {
          const ms = moments[key];
          return (
            <div key={key} className="record-durations__item">
              <dt>
                {label} <span className="record-durations__hint">{hint}</span>
              </dt>
              <dd data-unknown={ms === null ? 'true' : undefined}>{ms === null ? 'Not known' : formatDuration(ms)}</dd>
            </div>
          );
        })}
      </dl>
      <dl className="record-texts">
        {texts.map(({ label, text }) => (
          <div key={label} className="record-texts__item">
            <dt>{label}</dt>
            <dd className={text.trim() ? 'record-prose' : 'record-missing'}>{text.trim() || 'Not recorded.'}</dd>
          </div>
        ))}
        <div className="record-texts__item">
          <dt>Cost of the incident</dt>
          <dd className={cost ? undefined : 'record-missing'}>
            {cost ? formatIncidentCost(cost) : 'Not estimated.'}
            {cost && formatHourlyRate(cost) && `, with the work weighed at ${formatHourlyRate(cost)}`}
          </dd>
        </div>
        <div className="record-texts__item">
          <dt>Evidence</dt>
          <dd>
            {evidence.length === 0 ? (
              <span className="record-missing">No evidence links were attached.</span>
            ) : (
              <EvidenceList links={evidence} />
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Evidence links; only http(s) links become links, anything else stays text. */
export function EvidenceList({ links }: { links: readonly EvidenceLink[] }) {
  return (
    <ul className="record-evidence">
      {links.map((link) => (
        <li key={link.id}>
          <span className="record-evidence__kind">{evidenceKindLabels[link.kind]}</span>
          {isSafeHttpUrl(link.url) ? (
            <a
              href={link.url}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="record-evidence__link"
              data-labelled={link.label ? 'true' : undefined}
            >
              {link.label || link.url}
            </a>
          ) : (
            <span className="record-evidence__link">{link.label || link.url}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function describeMoment(moment: KeyMoment | null) {
  if (!moment) return <span className="record-missing">Not recorded</span>;
  return (
    <>
      <span className="record-moments__time">{formatTimeOfDay(moment)}</span>
      <span className="record-moments__date">{formatDay(moment)}</span>
      {moment.source === 'timeline' && <span className="record-moments__source">from the timeline</span>}
    </>
  );
}
