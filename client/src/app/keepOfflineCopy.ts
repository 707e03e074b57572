/**
 * Registers the service worker that keeps a copy of the page and its scripts, once the page has loaded, so that a
 * meeting opened in this browser opens again when the network or the server is down. Browsers allow it only on
 * https or on localhost; elsewhere the page works as before, online only.
 */
export function keepOfflineCopy(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without the copy, everything works online as before.
    });
  });
}
