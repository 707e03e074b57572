import { createContext, useContext } from 'react';

/** The meeting whose fields offer wording hints; outside it (or for people who cannot edit) there are none. */
export const CoachContext = createContext<{ readonly meetingId: string } | null>(null);

export function useCoach(): { readonly meetingId: string } | null {
  return useContext(CoachContext);
}
