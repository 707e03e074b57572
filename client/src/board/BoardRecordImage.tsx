import { useEffect, useState } from 'react';
import { lazyComponent } from '../ui/lazyComponent.tsx';

/** Draws the picture with tldraw, so its code comes only when a picture has to be made. */
const LazyBoardExporter = lazyComponent(() => import('./BoardExporter.tsx').then((module) => module.BoardExporter));

type Picture = { readonly state: 'loading' | 'none' } | { readonly state: 'shown'; readonly url: string };

/**
 * The contributing-factors board in the closed record, as a picture kept by the server. When there is none yet and
 * this is the facilitator's page, it makes one from the board and sends it first.
 */
export function BoardRecordImage({
  meetingId,
  token,
  closed,
  makesPicture,
}: {
  readonly meetingId: string;
  readonly token: string;
  readonly closed: boolean;
  /** Whether this page makes the picture when the server has none (the facilitator's, once closed). */
  readonly makesPicture: boolean;
}) {
  const [picture, setPicture] = useState<Picture>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const [tried, setTried] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` says when a new picture was sent
  useEffect(() => {
    let url: string | null = null;
    let current = true;
    fetch(`/api/meetings/${encodeURIComponent(meetingId)}/board.svg`, { headers: { authorization: `Bearer ${token}` } })
      .then(async (response) => {
        if (!current) return;
        if (!response.ok) return setPicture({ state: 'none' });
        url = URL.createObjectURL(await response.blob());
        if (current) setPicture({ state: 'shown', url });
      })
      .catch(() => current && setPicture({ state: 'none' }));
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [meetingId, token, closed, version]);

  if (picture.state === 'shown') {
    return (
      <section className="record-section" aria-labelledby="record-board-heading">
        <h3 id="record-board-heading" className="record-section__title">
          Contributing factors board
        </h3>
        <img
          className="record-board"
          src={picture.url}
          alt="The contributing-factors board as it was when the meeting closed"
          style={{ maxWidth: '100%', height: 'auto' }}
        />
        <p className="record-board__download">
          <a className="button button--small" href={picture.url} download="contributing-factors-board.svg">
            Download the picture (SVG)
          </a>
        </p>
      </section>
    );
  }
  if (picture.state === 'none' && closed && makesPicture && !tried) {
    return (
      <LazyBoardExporter
        meetingId={meetingId}
        token={token}
        onDone={(sent) => {
          setTried(true);
          if (sent) setVersion((count) => count + 1);
        }}
      />
    );
  }
  return null;
}
