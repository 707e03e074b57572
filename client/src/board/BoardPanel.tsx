import { boardDocName, DOC_SCHEMA_VERSION } from '@debrief/shared';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { createContext, use, useCallback, useEffect, useMemo, useState } from 'react';
import {
  atom,
  createTLStore,
  DefaultToolbar,
  DefaultToolbarContent,
  defaultBindingUtils,
  defaultShapeUtils,
  type Editor,
  type TLComponents,
  type TLStore,
  type TLUiOverrides,
  Tldraw,
} from 'tldraw';
import 'tldraw/tldraw.css';
import type * as Y from 'yjs';
import { getMeetingPerson } from '../identity/getMeetingPerson.ts';
import { type OpenedSyncedDoc, openSyncedDoc } from '../sync/openSyncedDoc.ts';
import { BoardLinkBar } from './BoardLinkBar.tsx';
import { type BoardPerson, bindBoardPresence } from './bindBoardPresence.ts';
import { bindBoardStore } from './bindBoardStore.ts';
import { getBoardConfig, needsLicenseKey } from './boardAccess.ts';
import { LinkedNoteHover } from './LinkedNoteHover.tsx';
import { type LinkTarget, useLinkTargets } from './useLinkTargets.ts';
import './board.css';

export interface BoardPanelProps {
  readonly meetingId: string;
  readonly token: string;
  /** The meeting's content, for the timeline events and lesson cards a note can point at. */
  readonly content: Y.Doc;
  readonly readOnly: boolean;
  /** Null for observers, who show no presence. */
  readonly person: BoardPerson | null;
}

const assetUrls = getAssetUrlsByImport();
/** One array for good: a new one on each render would make tldraw build a new editor each time. */
const noMediaTypes: readonly string[] = [];

/** Images, videos, embeds and bookmarks would bring outside content onto the board: their tools are left out. */
const overrides: TLUiOverrides = {
  tools(_editor, tools) {
    const { asset: _asset, ...rest } = tools;
    return rest;
  },
  actions(_editor, actions) {
    const { 'insert-media': _media, 'insert-embed': _embed, ...rest } = actions;
    return rest;
  },
};

/** The timeline events and lesson cards notes can point at, for the hover layer inside the canvas. */
const LinkTargetsContext = createContext<readonly LinkTarget[]>([]);

function BoardHover() {
  return <LinkedNoteHover targets={use(LinkTargetsContext)} />;
}

function BoardToolbar() {
  return (
    <DefaultToolbar>
      <DefaultToolbarContent />
    </DefaultToolbar>
  );
}

/** Pasted or dropped files and links stay off the board; pasted text still becomes a text shape. */
const components: TLComponents = { Toolbar: BoardToolbar, InFrontOfTheCanvas: BoardHover };

function refuseOutsideContent(editor: Editor): void {
  for (const kind of ['files', 'url', 'svg-text', 'embed'] as const) {
    editor.registerExternalContentHandler(kind, () => undefined);
  }
}

type Opened = { readonly synced: OpenedSyncedDoc; readonly copy: number };

/** The contributing-factors board: a tldraw canvas on the meeting's board document. */
export function BoardPanel(props: BoardPanelProps) {
  const { meetingId, token, person } = props;
  const [licence, setLicence] = useState<{ key: string | null } | 'loading' | 'failed'>('loading');
  const [opened, setOpened] = useState<Opened | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    getBoardConfig().then(
      (config) => current && setLicence({ key: config.tldrawLicenseKey }),
      () => current && setLicence('failed'),
    );
    return () => {
      current = false;
    };
  }, []);

  const licensed =
    licence !== 'loading' && licence !== 'failed' && (licence.key !== null || !needsLicenseKey(location));

  useEffect(() => {
    if (!licensed) return;
    const params: Record<string, string> = { token, v: String(DOC_SCHEMA_VERSION) };
    if (person) {
      const { participantId, presenceKey } = getMeetingPerson(meetingId);
      Object.assign(params, { person: participantId, proof: presenceKey });
    }
    const synced = openSyncedDoc(boardDocName(meetingId), params);
    setOpened({ synced, copy: 0 });
    // A dropped change means a new copy of the document, from the server: the board binds to it afresh.
    const stop = synced.onWriteRefused((reason) => {
      setRefused(reason);
      setOpened({ synced, copy: Date.now() });
    });
    return () => {
      stop();
      setOpened(null);
      synced.release();
    };
  }, [licensed, meetingId, token, person]);

  if (licence === 'loading') return <p className="board-message">Opening the board…</p>;
  if (licence === 'failed') {
    return (
      <p className="board-message" role="alert">
        The board could not be opened. Check your connection and open it again.
      </p>
    );
  }
  if (!licensed) {
    return (
      <div className="board-message" role="alert">
        <p>
          <strong>The board is not available on this server.</strong> It needs a drawing licence key, which whoever runs
          Debrief sets as <code>TLDRAW_LICENSE_KEY</code>. Everything else in the meeting works as usual.
        </p>
      </div>
    );
  }
  if (!opened) return <p className="board-message">Opening the board…</p>;
  return (
    <>
      {refused && (
        <p className="board-message board-message--notice" role="status">
          The server did not keep your last change to the board: {refused}.{' '}
          <button type="button" className="button button--small button--ghost" onClick={() => setRefused(null)}>
            Dismiss
          </button>
        </p>
      )}
      <SyncedBoard
        key={opened.copy}
        {...props}
        doc={opened.synced.doc}
        provider={opened.synced.provider}
        licenseKey={licence.key}
      />
    </>
  );
}

interface SyncedBoardProps extends BoardPanelProps {
  readonly doc: Y.Doc;
  readonly provider: OpenedSyncedDoc['provider'];
  readonly licenseKey: string | null;
}

function SyncedBoard({ doc, provider, readOnly, person, content, licenseKey }: SyncedBoardProps) {
  const [synced, setSynced] = useState(provider.synced);
  const [editor, setEditor] = useState<Editor | null>(null);
  const targets = useLinkTargets(content);
  const store = useMemo<TLStore>(
    () =>
      createTLStore({
        shapeUtils: defaultShapeUtils,
        bindingUtils: defaultBindingUtils,
        collaboration: {
          status: atom('board status', 'online'),
          mode: atom('board mode', readOnly ? 'readonly' : 'readwrite'),
        },
        // No attribution records: the board keeps only shapes, pages and their connections.
        users: { currentUser: atom('board user', null) },
        assets: {
          upload: () => Promise.reject(new Error('The board takes no uploads')),
          resolve: () => null,
        },
      }),
    [readOnly],
  );

  useEffect(() => {
    if (synced) return;
    const onSync = (isSynced: boolean) => isSynced && setSynced(true);
    provider.on('sync', onSync);
    return () => provider.off('sync', onSync);
  }, [provider, synced]);

  // The store holds the board's records before the editor starts, so the editor never makes a page of its own.
  const [bound, setBound] = useState(false);
  useEffect(() => {
    if (!synced) return;
    const stopStore = bindBoardStore(store, doc, { readOnly });
    const stopPresence = bindBoardPresence(store, provider.awareness, readOnly ? null : person);
    setBound(true);
    return () => {
      setBound(false);
      stopPresence();
      stopStore();
    };
  }, [synced, store, doc, provider, readOnly, person]);

  const onMount = useCallback(
    (mounted: Editor) => {
      refuseOutsideContent(mounted);
      if (person) mounted.user.updateUserPreferences({ name: person.name, color: person.color });
      setEditor(mounted);
    },
    [person],
  );

  if (!synced || !bound) return <p className="board-message">Connecting to the board…</p>;
  return (
    <section className="board" aria-label="Contributing factors board">
      {editor && <BoardLinkBar editor={editor} targets={targets} readOnly={readOnly} />}
      <div className="board-canvas">
        <LinkTargetsContext value={targets}>
          <Tldraw
            store={store}
            licenseKey={licenseKey ?? undefined}
            assetUrls={assetUrls}
            overrides={overrides}
            components={components}
            acceptedImageMimeTypes={noMediaTypes}
            acceptedVideoMimeTypes={noMediaTypes}
            onMount={onMount}
          />
        </LinkTargetsContext>
      </div>
    </section>
  );
}
