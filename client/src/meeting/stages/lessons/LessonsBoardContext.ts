import type { Ballot } from '@debrief/shared';
import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { Presence } from '../../../presence/collectPresence.ts';
import type { CardSort } from './arrangeColumn.ts';

/** What every column, card and composer of the lessons board needs, handed down once. */
export interface LessonsBoard {
  readonly doc: Y.Doc;
  readonly meetingId: string;
  readonly token: string;
  readonly actor: { readonly participantId: string; readonly name: string };
  readonly readOnly: boolean;
  readonly facilitating: boolean;
  readonly presence: Presence;
  readonly onFocusChange: (label: string | null, focusId?: string | null) => void;
  readonly anonymousAllowed: boolean;
  /** every card's vote total, from the document */
  readonly totals: Readonly<Record<string, number>>;
  readonly votes: {
    /** whether this person may vote now: not read only, and the facilitator gave votes */
    readonly canVote: boolean;
    readonly ballot: Ballot;
    readonly remaining: number;
    readonly pendingCardId: string | null;
    vote(cardId: string, delta: 1 | -1): void;
  };
  /** anonymous cards this browser posted, which only it knows */
  readonly myAnonymousCards: ReadonlySet<string>;
  rememberAnonymousCard(cardId: string): void;
  readonly sort: CardSort;
}

export const LessonsBoardContext = createContext<LessonsBoard | null>(null);

export function useLessonsBoard(): LessonsBoard {
  const board = useContext(LessonsBoardContext);
  if (!board) throw new Error('useLessonsBoard is used outside the lessons board');
  return board;
}
