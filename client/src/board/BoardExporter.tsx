import { boardDocName, DOC_SCHEMA_VERSION } from '@debrief/shared';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { useEffect, useMemo, useRef, useState } from 'react';
import { atom, createTLStore, defaultBindingUtils, defaultShapeUtils, type Editor, Tldraw } from 'tldraw';
import 'tldraw/tldraw.css';
import { openSyncedDoc } from '../sync/openSyncedDoc.ts';
import { bindBoardStore } from './bindBoardStore.ts';
import { getBoardConfig, needsLicenseKey } from './boardAccess.ts';

const assetUrls = getAssetUrlsByImport();
const hidden = { position: 'fixed', left: -10_000, top: 0, width: 1200, height: 800 } as const;

/** Sends the picture; true when the server kept it. */
async function sendPicture(meetingId: string, token: string, svg: string): Promise<boolean> {
  const response = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/board.svg`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ svg }),
  });
  return response.ok;
}

/**
 * Draws the meeting's board off screen, read only, turns it into an SVG and sends it to the server for the record.
 * Calls `onDone(true)` once the server has it, `onDone(false)` when there is nothing to draw or it failed.
 */
export function BoardExporter({
  meetingId,
  token,
  onDone,
}: {
  readonly meetingId: string;
  readonly token: string;
  readonly onDone: (sent: boolean) => void;
}) {
  const [ready, setReady] = useState<{ licenseKey: string | null } | null>(null);
  const done = useRef(onDone);
  done.current = onDone;
  const store = useMemo(
    () =>
      createTLStore({
        shapeUtils: defaultShapeUtils,
        bindingUtils: defaultBindingUtils,
        collaboration: { status: atom('board status', 'online'), mode: atom('board mode', 'readonly') },
        users: { currentUser: atom('board user', null) },
      }),
    [],
  );

  useEffect(() => {
    let stop = () => undefined as unknown;
    let current = true;
    const opened = openSyncedDoc(boardDocName(meetingId), { token, v: String(DOC_SCHEMA_VERSION) });
    const start = async () => {
      const config = await getBoardConfig();
      if (config.tldrawLicenseKey === null && needsLicenseKey(location)) throw new Error('No licence key');
      if (!opened.provider.synced) {
        await new Promise<void>((resolve) => {
          const onSync = (isSynced: boolean) => {
            if (!isSynced) return;
            opened.provider.off('sync', onSync);
            resolve();
          };
          opened.provider.on('sync', onSync);
        });
      }
      if (!current) return;
      stop = bindBoardStore(store, opened.doc, { readOnly: true });
      setReady({ licenseKey: config.tldrawLicenseKey });
    };
    start().catch(() => current && done.current(false));
    return () => {
      current = false;
      stop();
      opened.release();
    };
  }, [meetingId, token, store]);

  const onMount = async (editor: Editor) => {
    try {
      const shapes = [...editor.getCurrentPageShapeIds()];
      if (shapes.length === 0) return done.current(false);
      const picture = await editor.getSvgString(shapes, { background: true, padding: 32 });
      done.current(picture ? await sendPicture(meetingId, token, picture.svg) : false);
    } catch {
      done.current(false);
    }
  };

  if (!ready) return null;
  return (
    <div style={hidden} aria-hidden="true" inert>
      <Tldraw
        store={store}
        licenseKey={ready.licenseKey ?? undefined}
        assetUrls={assetUrls}
        hideUi
        onMount={(editor) => void onMount(editor)}
      />
    </div>
  );
}
