import { readRoundProgress } from '@debrief/shared';
import type * as Y from 'yjs';
import { Icon } from '../ui/Icon.tsx';
import { useDocReader } from './useDocReader.ts';
import './rounds.css';

const wording = {
  'check-in': { heading: 'How everyone arrives', done: 'checked in', what: 'how they arrive' },
  'check-out': { heading: 'How everyone leaves', done: 'checked out', what: 'how they leave' },
} as const;

/**
 * What an observer sees of a check-in or check-out round: how many took part, never who or what they said.
 * Their link never opens the document that holds the names and notes.
 */
export function RoundCountOnly({ controlDoc, round }: { controlDoc: Y.Doc; round: 'check-in' | 'check-out' }) {
  const progress = useDocReader(controlDoc, readRoundProgress);
  const count = round === 'check-in' ? progress.checkedIn : progress.checkedOut;
  const words = wording[round];
  return (
    <div className="round">
      <section className="round-cards-section" aria-labelledby={`${round}-count-heading`}>
        <div className="round__bar">
          <h3 id={`${round}-count-heading`} className="round__heading">
            {words.heading}
          </h3>
        </div>
        <p className="round-notice" role="status">
          <Icon name="lock" />
          {count === 0
            ? `Nobody has ${words.done} yet.`
            : `${count} ${count === 1 ? 'person has' : 'people have'} ${words.done}.`}{' '}
          What people say about {words.what} stays with the people in the meeting, so observers see only this count.
        </p>
      </section>
    </div>
  );
}
