import { TopBar } from '../ui/TopBar.tsx';

export type BrokenLinkReason = 'malformed' | 'unauthorized' | 'not-found';

const explanations: Record<BrokenLinkReason, string> = {
  malformed:
    'The link looks incomplete: part of it is missing, often the end after the “#”. Copy the whole link again from where it was shared, then open it.',
  unauthorized:
    'We found the meeting, but the key in this link is not right. It may have been copied only in part, or it belongs to another meeting. Ask the facilitator to share the link again.',
  'not-found':
    'We could not find this meeting. Check that you copied the whole link, or ask the facilitator to share it again.',
};

/** Shown instead of a blank page when a meeting link cannot open its meeting. */
export function BrokenLinkPage({ reason }: { reason: BrokenLinkReason }) {
  return (
    <div className="page">
      <TopBar />
      <main className="content content--narrow notice">
        <div className="card notice__card">
          <h1>This link doesn't work</h1>
          <p>{explanations[reason]}</p>
          <p className="muted">
            Links to Debrief meetings are private: only the people they were shared with have them.
          </p>
          <a className="button button--primary" href="/">
            Go to the home page
          </a>
        </div>
      </main>
    </div>
  );
}
