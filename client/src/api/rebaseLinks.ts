import type { Role } from '@debrief/shared';

/**
 * The meeting's links on the address this page was opened at. The server builds links from the address a
 * request reached it on, which behind a proxy that adds https is not the one people use.
 */
export function rebaseLinks(links: Readonly<Record<Role, string>>, origin: string): Record<Role, string> {
  return {
    facilitator: rebaseLink(links.facilitator, origin),
    participant: rebaseLink(links.participant, origin),
    observer: rebaseLink(links.observer, origin),
  };
}

function rebaseLink(link: string, origin: string): string {
  try {
    const url = new URL(link);
    return `${origin}${url.pathname}${url.hash}`;
  } catch {
    return link;
  }
}
