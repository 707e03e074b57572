// A reload during the meeting goes straight back in; a new tab asks for the name again.
const keyFor = (meetingId: string) => `debrief:joined:${meetingId}`;

export function readJoinedName(meetingId: string): string | null {
  try {
    return window.sessionStorage.getItem(keyFor(meetingId));
  } catch {
    return null;
  }
}

export function rememberJoinedName(meetingId: string, name: string): void {
  try {
    window.sessionStorage.setItem(keyFor(meetingId), name);
  } catch {
    // Without session storage a reload asks for the name again; nothing else changes.
  }
}
