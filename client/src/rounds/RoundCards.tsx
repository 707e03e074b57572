import type { ReactNode } from 'react';

interface Props {
  readonly headingId: string;
  readonly heading: string;
  /** "2 of 5 checked in", while the round is open */
  readonly progress: string | null;
  /** shown between the heading and the cards, such as why the cards are hidden */
  readonly notice?: ReactNode;
  readonly count: number;
  /** what to say while there are no cards yet, and what to do about it */
  readonly emptyText: string;
  /** the list's accessible name, such as "Check-ins" */
  readonly label: string;
  /** one `<li>` per card */
  readonly children: ReactNode;
}

/** A round's cards (check-in or check-out) under their heading, with how far the round has come. */
export function RoundCards({ headingId, heading, progress, notice, count, emptyText, label, children }: Props) {
  return (
    <section className="round-cards-section" aria-labelledby={headingId}>
      <div className="round__bar">
        <h3 id={headingId} className="round__heading">
          {heading}
        </h3>
        {progress && <span className="round__progress">{progress}</span>}
      </div>
      {notice}
      {count === 0 ? (
        <p className="empty-state">{emptyText}</p>
      ) : (
        <ul className="round-cards" aria-label={label}>
          {children}
        </ul>
      )}
    </section>
  );
}
