import { LESSON_PROMPTS, readCards, readTimeline } from '@debrief/shared';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { onDocChange } from '../sync/onDocChange.ts';

/** Something a sticky note can point at: a timeline event or a lesson card, with the words it shows. */
export interface LinkTarget {
  readonly kind: 'event' | 'card';
  readonly id: string;
  readonly text: string;
}

function readTargets(doc: Y.Doc): LinkTarget[] {
  const events = readTimeline(doc).map((event) => ({ kind: 'event' as const, id: event.id, text: event.description }));
  const byPrompt = readCards(doc);
  const cards = LESSON_PROMPTS.flatMap((prompt) => byPrompt[prompt] ?? []).map((card) => ({
    kind: 'card' as const,
    id: card.id,
    text: card.text,
  }));
  return [...events, ...cards].filter((target) => target.text.trim() !== '');
}

/** The meeting's timeline events and lesson cards, kept current (at most a few times a second). */
export function useLinkTargets(doc: Y.Doc): readonly LinkTarget[] {
  const [targets, setTargets] = useState<readonly LinkTarget[]>(() => readTargets(doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = () => {
      timer ??= setTimeout(() => {
        timer = null;
        setTargets(readTargets(doc));
      }, 250);
    };
    setTargets(readTargets(doc));
    const stop = onDocChange(doc, read);
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [doc]);
  return targets;
}
