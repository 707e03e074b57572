import { applyTextEdit, type BlameFinding, type BlameKind, blameSuggestionEdit } from '@debrief/shared';
import { type CSSProperties, Fragment, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { dismissHint, hintKey } from './dismissedHints.ts';
import { findHints } from './findHints.ts';
import { useDismissedHints } from './useDismissedHints.ts';
import './coach.css';

interface Props {
  /** the field the hints underline */
  readonly element: HTMLTextAreaElement | null;
  /** the field's text once typing has paused; null while it is changing */
  readonly text: string | null;
  /** names the field among the meeting's, so that a dismissed hint stays dismissed there */
  readonly fieldKey: string;
  readonly meetingId: string;
  /** writes a new text into the field; false when the field changed in the meantime */
  readonly onReplace: (from: string, to: string) => boolean;
}

const kindLabels: Record<BlameKind, string> = {
  'person-as-cause': 'A person as the cause',
  counterfactual: 'Hindsight',
  judgement: 'A judgement',
  'human-error': '“Human error”',
};

// The overlay copies these from the field, so that its underlines fall exactly under the words.
const MIRRORED = [
  'boxSizing',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'tabSize',
] as const;

/**
 * Wording hints for one field: a quiet underline under each phrase that blames a person, a toggle that says how many
 * there are, and a panel with why each one matters and a question to ask instead, applied or dismissed in one click.
 * Hints are worked out in this browser from the text alone, after typing pauses: nothing about them is sent anywhere.
 */
export function BlameHints({ element, text, fieldKey, meetingId, onReplace }: Props) {
  const dismissed = useDismissedHints(meetingId);
  const hints = text === null ? [] : findHints(text, fieldKey, dismissed);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<number | null>(null);
  const [undo, setUndo] = useState<{ before: string; after: string } | null>(null);
  const [layout, setLayout] = useState<CSSProperties | null>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const count = hints.length;

  // The overlay sits exactly on the field, follows its size and scroll, and lets every click through.
  useLayoutEffect(() => {
    if (!element || count === 0) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const mirrored: Record<string, string> = {};
      for (const property of MIRRORED) mirrored[property] = style[property];
      setLayout({
        ...mirrored,
        top: element.offsetTop,
        left: element.offsetLeft,
        width: element.offsetWidth,
        height: element.offsetHeight,
      });
    };
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    const scroll = () => {
      if (overlayRef.current) overlayRef.current.scrollTop = element.scrollTop;
    };
    element.addEventListener('scroll', scroll);
    return () => {
      resize.disconnect();
      element.removeEventListener('scroll', scroll);
    };
  }, [element, count]);

  useLayoutEffect(() => {
    if (overlayRef.current && element) overlayRef.current.scrollTop = element.scrollTop;
  });

  // A click on an underlined phrase opens its hint; Escape closes the panel.
  useEffect(() => {
    if (!element) return;
    const onClick = () => {
      if (element.selectionStart !== element.selectionEnd) return;
      const at = hints.findIndex((hint) => element.selectionStart >= hint.start && element.selectionStart <= hint.end);
      if (at >= 0) {
        setOpen(true);
        setChosen(at);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open) setOpen(false);
    };
    element.addEventListener('click', onClick);
    element.addEventListener('keydown', onKeyDown);
    return () => {
      element.removeEventListener('click', onClick);
      element.removeEventListener('keydown', onKeyDown);
    };
  });

  // An undo offer lasts until the text moves on from what the suggestion made it.
  useEffect(() => {
    if (undo && text !== null && text !== undo.after) setUndo(null);
  }, [text, undo]);

  if (text === null && undo === null) return null;

  const apply = (finding: BlameFinding) => {
    if (text === null) return;
    const after = applyTextEdit(text, blameSuggestionEdit(text, finding));
    if (!onReplace(text, after)) return;
    setUndo({ before: text, after });
    setOpen(false);
    element?.focus();
  };

  const dismiss = (finding: BlameFinding) => {
    if (text === null) return;
    dismissHint(meetingId, hintKey(fieldKey, text, finding));
    if (count === 1) {
      setOpen(false);
      element?.focus();
    }
  };

  return (
    <>
      {count > 0 && text !== null && layout && (
        <div ref={overlayRef} className="hint-overlay" style={layout} aria-hidden="true">
          {segments(text, hints).map((segment, index) =>
            segment.hint ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one text, in order
              <mark key={index} className="hint-overlay__mark" data-kind={segment.hint.kind}>
                {segment.text}
              </mark>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one text, in order
              <Fragment key={index}>{segment.text}</Fragment>
            ),
          )}
          {/* A text ending in a new line needs one more line to stay level with the field. */}
          {'\u200b'}
        </div>
      )}
      {count > 0 && (
        <button
          type="button"
          className="hint-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => {
            setOpen(!open);
            setChosen(null);
          }}
        >
          <Icon name="bulb" />
          {count === 1 ? '1 wording hint' : `${count} wording hints`}
        </button>
      )}
      {undo && (
        <p className="hint-applied" role="status">
          <Icon name="check" />
          Reworded as a question about the process.
          <button
            type="button"
            className="hint-applied__undo"
            onClick={() => {
              if (onReplace(undo.after, undo.before)) setUndo(null);
            }}
          >
            <Icon name="undo" />
            Undo
          </button>
        </p>
      )}
      {open && count > 0 && text !== null && (
        <section id={panelId} className="hint-panel" aria-label="Wording hints">
          <ul className="hint-panel__list">
            {hints.map((hint, index) => {
              const phrase = text.slice(hint.start, hint.end);
              const removes = blameSuggestionEdit(text, hint).insert !== hint.suggestion;
              return (
                <li
                  key={`${hint.start}-${hint.kind}`}
                  className="hint"
                  data-chosen={chosen === index ? 'true' : undefined}
                >
                  <p className="hint__head">
                    <span className="hint__kind">{kindLabels[hint.kind]}</span>
                    <q className="hint__phrase">{phrase}</q>
                  </p>
                  <p className="hint__why">{hint.why}</p>
                  <p className="hint__suggestion">
                    {removes ? (
                      <>Try leaving out “{phrase}”: the sentence says the same without it.</>
                    ) : (
                      <>
                        Try asking: <q>{hint.suggestion}</q>
                      </>
                    )}
                  </p>
                  <div className="hint__buttons">
                    <button
                      type="button"
                      className="button button--small button--primary"
                      aria-label={removes ? `Leave out “${phrase}”` : `Use the question instead of “${phrase}”`}
                      onClick={() => apply(hint)}
                    >
                      {removes ? 'Leave it out' : 'Use the question'}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      aria-label={`Dismiss the hint on “${phrase}”`}
                      onClick={() => dismiss(hint)}
                    >
                      Dismiss
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          <p className="hint-panel__note">
            Worked out in your browser from the words alone, never from who wrote them. Dismissing a hint hides it for
            you only.
          </p>
        </section>
      )}
    </>
  );
}

function segments(text: string, hints: readonly BlameFinding[]): { text: string; hint?: BlameFinding }[] {
  const parts: { text: string; hint?: BlameFinding }[] = [];
  let at = 0;
  for (const hint of hints) {
    if (hint.start < at) continue;
    if (hint.start > at) parts.push({ text: text.slice(at, hint.start) });
    parts.push({ text: text.slice(hint.start, hint.end), hint });
    at = hint.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
