import { readJoinedName } from '../identity/joinedNameStore.ts';
import { startMeetingSync } from '../sync/startMeetingSync.ts';
import { isPlausibleMeetingLink, prefetchMeetingSession } from '../sync/useMeetingSession.ts';
import { loadMeetingPage } from './loadMeetingPage.ts';
import { readHash, readMeetingId } from './router.ts';

/**
 * Runs when the entry module is evaluated, before React: on a meeting link, starts at once what the room needs instead of one after another: the session request, the
 * room's code and, for someone who has already joined in this tab, the documents' sync. A link that turns out to
 * be wrong shows the same page as before: the server refuses the documents with the same close codes.
 */
function startMeetingEarly(): void {
  const meetingId = readMeetingId(window.location.pathname);
  const token = readHash();
  if (meetingId === null || !isPlausibleMeetingLink(meetingId, token)) return;
  prefetchMeetingSession(meetingId, token);
  // Someone who still has to give their name is not in the room yet, so nothing is synced for them.
  if (readJoinedName(meetingId) !== null) startMeetingSync(meetingId, token);
  loadMeetingPage().catch(() => {
    // The join page tries again and explains the failure.
  });
}

startMeetingEarly();
