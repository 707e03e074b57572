import { isSafeHttpUrl } from '@debrief/shared';
import type { ReactNode } from 'react';

/** A link typed by someone: a real link, opened in a new tab without a referrer, only for http(s); otherwise text. */
export function SafeLink({ url, className, children }: { url: string; className?: string; children: ReactNode }) {
  if (!isSafeHttpUrl(url)) return <span className={className}>{children}</span>;
  return (
    <a className={className} href={url} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
