import { type RatingSummary, WORTH_RATINGS } from '@debrief/shared';
import { describeSpread, formatAverage, summariseRatingsInWords, worthLabel } from './describeRatings.ts';

interface Props {
  readonly summary: RatingSummary;
  /** the heading's id, so the section is named by it */
  readonly headingId: string;
  readonly heading: string;
  /** what to say before anyone has rated */
  readonly emptyText: string;
  readonly headingClassName?: string;
}

/** "Was this worth your time?" in aggregate: how many rated, the average, how far apart answers were, and a chart. */
export function RatingSummaryPanel({
  summary,
  headingId,
  heading,
  emptyText,
  headingClassName = 'round__heading',
}: Props) {
  const { count, average, min, max, standardDeviation, distribution } = summary;
  const most = Math.max(1, ...distribution);
  return (
    <section className="rating-summary" aria-labelledby={headingId}>
      <h3 id={headingId} className={headingClassName}>
        {heading}
      </h3>
      {count === 0 || average === null ? (
        <p className="empty-state">{emptyText}</p>
      ) : (
        <>
          <p className="rating-summary__sentence">{summariseRatingsInWords(summary)}</p>
          <div className="rating-summary__body">
            <div className="rating-summary__figures">
              <p className="rating-summary__headline">
                <span className="rating-summary__average">{formatAverage(average)}</span>
                <span className="rating-summary__out-of"> out of 5</span>
                <span className="rating-summary__word">{worthLabel(average)}</span>
              </p>
              <dl className="rating-summary__facts">
                <dt>Ratings</dt>
                <dd>{count}</dd>
                <dt>Range</dt>
                <dd>{min === max ? worthLabel(min ?? 0) : `${worthLabel(min ?? 0)} to ${worthLabel(max ?? 0)}`}</dd>
                <dt>Spread</dt>
                <dd>
                  ±{(standardDeviation ?? 0).toFixed(2)}{' '}
                  <span className="rating-summary__hint">({describeSpread(standardDeviation ?? 0)})</span>
                </dd>
              </dl>
            </div>
            <ul className="rating-chart" aria-label="How many people gave each answer">
              {[...WORTH_RATINGS].reverse().map((rating) => {
                const people = distribution[rating.value - 1] ?? 0;
                return (
                  <li key={rating.value} className="rating-chart__row">
                    <span className="rating-chart__label">{rating.label}</span>
                    <span className="rating-chart__track" aria-hidden="true">
                      <span
                        className="rating-chart__bar"
                        style={{ width: `${(people / most) * 100}%` }}
                        data-empty={people === 0 ? 'true' : undefined}
                      />
                    </span>
                    <span className="rating-chart__count">
                      {people}
                      <span className="visually-hidden">{people === 1 ? ' person' : ' people'}</span>
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
