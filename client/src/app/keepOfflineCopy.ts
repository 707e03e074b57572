import { whenIdle } from '../sync/whenIdle.ts';

/**
 * Registers the service worker that keeps a copy of the page and its scripts, once the page has loaded, so that a
 * meeting opened in this browser opens again when the network or the server is down. Browsers allow it only on
 * https or on localhost; elsewhere the page works as before, online only.
 */
export function keepOfflineCopy(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without the copy, everything works online as before.
    });
  };
  // Starting the worker costs the browser some work: not while the meeting is still opening.
  window.addEventListener('load', () => setTimeout(() => whenIdle(register, REGISTER_DEADLINE_MS), 1000));
}

const REGISTER_DEADLINE_MS = 5000;
