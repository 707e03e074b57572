import { useState } from 'react';
import { NETWORK_ERROR_MESSAGE, readApiError } from '../../../api/readApiError.ts';
import { Icon } from '../../../ui/Icon.tsx';

interface Props {
  readonly meetingId: string;
  readonly token: string;
  /** under /api/meetings/<id>/, such as report.md */
  readonly file: string;
  readonly label: string;
  /** replaces the button's look, e.g. for a row in a menu */
  readonly className?: string;
}

/** Downloads one of the meeting's files, fetched with this link's token (a plain link could not send it). */
export function DownloadFile({ meetingId, token, file, label, className = 'button' }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/${file}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (!response.ok) {
        setError(await readApiError(response));
        return;
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? file;
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = name;
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError(NETWORK_ERROR_MESSAGE);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className={className} disabled={busy} onClick={() => void download()}>
        <Icon name="download" />
        {busy ? 'Preparing…' : label}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
