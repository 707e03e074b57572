import { useState } from 'react';
import type * as Y from 'yjs';
import type { PersonalRequester } from '../../api/callPersonalEndpoint.ts';
import { Icon } from '../../ui/Icon.tsx';
import { lazyComponent } from '../../ui/lazyComponent.tsx';
import type { PasteDefaults } from './pasteDefaults.ts';
import { QuickAddEvents } from './QuickAddEvents.tsx';

/** Behind the "One event" switch: fetched when someone points at or tabs to it. */
const AddEventForm = lazyComponent(() => import('./AddEventForm.tsx').then((module) => module.AddEventForm));
const ImportFromFile = lazyComponent(() => import('./ImportFromFile.tsx').then((module) => module.ImportFromFile));

interface Props {
  readonly doc: Y.Doc;
  readonly idPrefix: string;
  readonly defaults: PasteDefaults;
  readonly browserZone: string;
  readonly createdBy: string;
  /** who asks the server to import a file; without it there is no import */
  readonly requester?: PersonalRequester;
}

type Mode = 'paste' | 'single' | 'file';

/** Quick add (paste lines), one event at a time, or a file from chat, a spreadsheet, paging or alerting. */
export function AddToTimeline({ doc, idPrefix, defaults, browserZone, createdBy, requester }: Props) {
  const [mode, setMode] = useState<Mode>('paste');
  const headingId = `${idPrefix}-add-heading`;
  return (
    <section className="timeline-add" aria-labelledby={headingId}>
      <div className="timeline-add__header">
        <h4 id={headingId} className="timeline-add__title">
          Add to the timeline
        </h4>
        <fieldset className="switch">
          <legend className="visually-hidden">How to add events</legend>
          <button
            type="button"
            className="switch__option"
            aria-pressed={mode === 'paste'}
            onClick={() => setMode('paste')}
          >
            <Icon name="paste" />
            Paste lines
          </button>
          <button
            type="button"
            className="switch__option"
            aria-pressed={mode === 'single'}
            onPointerEnter={AddEventForm.preload}
            onFocus={AddEventForm.preload}
            onClick={() => setMode('single')}
          >
            <Icon name="plus" />
            One event
          </button>
          {requester && (
            <button
              type="button"
              className="switch__option"
              aria-pressed={mode === 'file'}
              onPointerEnter={ImportFromFile.preload}
              onFocus={ImportFromFile.preload}
              onClick={() => setMode('file')}
            >
              <Icon name="download" />
              Import a file
            </button>
          )}
        </fieldset>
      </div>
      {mode === 'paste' ? (
        <QuickAddEvents doc={doc} id={`${idPrefix}-quick-add`} defaults={defaults} createdBy={createdBy} />
      ) : mode === 'file' && requester ? (
        <ImportFromFile id={`${idPrefix}-import`} defaults={defaults} requester={requester} />
      ) : (
        <AddEventForm
          doc={doc}
          id={`${idPrefix}-add-event`}
          defaults={defaults}
          browserZone={browserZone}
          createdBy={createdBy}
        />
      )}
    </section>
  );
}
