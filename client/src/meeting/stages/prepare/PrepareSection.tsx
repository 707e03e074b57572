import type { ReactNode } from 'react';

interface Props {
  readonly id: string;
  readonly title: string;
  readonly hint?: ReactNode;
  readonly children: ReactNode;
}

/** One part of the preparation, with its heading and a line on what it is for. */
export function PrepareSection({ id, title, hint, children }: Props) {
  return (
    <section className="prepare-section" aria-labelledby={`${id}-heading`}>
      <div className="prepare-section__header">
        <h3 id={`${id}-heading`} className="prepare-section__title">
          {title}
        </h3>
        {hint && <p className="prepare-section__hint">{hint}</p>}
      </div>
      {children}
    </section>
  );
}
