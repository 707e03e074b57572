import { type BoardLink, readBoardLink } from '@debrief/shared';
import { useId } from 'react';
import { type Editor, type TLNoteShape, useValue } from 'tldraw';
import { addContributingFactorsTemplate, hasContributingFactorsTemplate } from './contributingFactorsTemplate.ts';
import type { LinkTarget } from './useLinkTargets.ts';

const MAX_OPTION_CHARS = 80;

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_OPTION_CHARS ? `${line.slice(0, MAX_OPTION_CHARS - 1)}…` : line;
}

function linkValue(link: BoardLink | null): string {
  return link ? `${link.kind}:${link.id}` : '';
}

/** The board's own controls above the canvas: the template, and what the selected sticky note points at. */
export function BoardLinkBar({
  editor,
  targets,
  readOnly,
}: {
  readonly editor: Editor;
  readonly targets: readonly LinkTarget[];
  readonly readOnly: boolean;
}) {
  const selectId = useId();
  const hasTemplate = useValue('board has the template', () => hasContributingFactorsTemplate(editor), [editor]);
  const note = useValue('selected note', () => {
    const selected = editor.getOnlySelectedShape();
    return selected?.type === 'note' ? (selected as TLNoteShape) : null;
  }, [editor]);
  const link = note ? readBoardLink(note.meta) : null;
  const linked = link ? targets.find((target) => target.kind === link.kind && target.id === link.id) : undefined;

  const setLink = (value: string) => {
    if (!note) return;
    const [kind, ...rest] = value.split(':');
    const id = rest.join(':');
    const next = (kind === 'event' || kind === 'card') && id !== '' ? { kind, id } : null;
    const { link: _old, ...meta } = note.meta as Record<string, unknown>;
    editor.updateShape<TLNoteShape>({
      id: note.id,
      type: 'note',
      meta: (next ? { ...meta, link: next } : meta) as TLNoteShape['meta'],
    });
  };

  const events = targets.filter((target) => target.kind === 'event');
  const cards = targets.filter((target) => target.kind === 'card');

  return (
    <div className="board-bar">
      {!readOnly && (
        <button
          type="button"
          className="button button--small"
          disabled={hasTemplate}
          title={hasTemplate ? 'The board already has the lanes' : undefined}
          onClick={() => addContributingFactorsTemplate(editor)}
        >
          Add contributing-factors template
        </button>
      )}
      {note && !readOnly && (
        <span className="board-bar__link">
          <label htmlFor={selectId}>This note is about</label>
          <select
            id={selectId}
            className="input board-bar__select"
            value={linkValue(link)}
            onChange={(event) => setLink(event.target.value)}
          >
            <option value="">Nothing linked</option>
            {events.length > 0 && (
              <optgroup label="Timeline events">
                {events.map((target) => (
                  <option key={target.id} value={`event:${target.id}`}>
                    {shorten(target.text)}
                  </option>
                ))}
              </optgroup>
            )}
            {cards.length > 0 && (
              <optgroup label="Lesson cards">
                {cards.map((target) => (
                  <option key={target.id} value={`card:${target.id}`}>
                    {shorten(target.text)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </span>
      )}
      {note && readOnly && link && (
        <span className="board-bar__link">
          This note is about: {linked ? shorten(linked.text) : 'something no longer in the meeting'}
        </span>
      )}
      {!note && !readOnly && (
        <span className="board-bar__hint">Select a sticky note to link it to a timeline event or a lesson card.</span>
      )}
    </div>
  );
}
