import { useEffect, useState } from 'react';
import { formatDate } from '../ui/formatDate.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { type MyMeeting, readMyMeetings } from './myMeetingsStore.ts';
import { meetingLinksPath } from './router.ts';

/** The meetings this browser created or joined, each a link back in with the same role. */
export function MyMeetings() {
  const [meetings, setMeetings] = useState<MyMeeting[]>(readMyMeetings);

  useEffect(() => {
    // Another tab may have created or joined a meeting meanwhile.
    const refresh = () => setMeetings(readMyMeetings());
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, []);

  return (
    <section className="card" aria-labelledby="my-meetings-heading">
      <h2 id="my-meetings-heading" className="card__title">
        Your meetings
      </h2>
      {meetings.length === 0 ? (
        <p className="empty-state">
          Meetings you start or join in this browser appear here, so you can find your way back. Start one above, or
          open a link a colleague shared with you.
        </p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((meeting) => (
            <li key={`${meeting.id}:${meeting.role}`} className="meeting-list__item">
              <a className="meeting-list__link" href={meeting.path}>
                {meeting.title || 'Untitled meeting'}
              </a>
              <span className="meeting-list__meta">
                <RoleBadge role={meeting.role} />
                <span>
                  {meeting.role === 'facilitator' && meeting.links ? 'Started' : 'Joined'}{' '}
                  {formatDate(meeting.links ? meeting.createdAt : meeting.lastOpenedAt)}
                </span>
                {meeting.role === 'facilitator' && (
                  <a
                    className="meeting-list__links"
                    href={meetingLinksPath(meeting.id, meeting.path.split('#')[1] ?? '')}
                    aria-label={`Links to share for ${meeting.title || 'Untitled meeting'}`}
                  >
                    Links to share
                  </a>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
