/**
 * Where the task pane runs. Inside Excel, Office.onReady reports the host; in a plain browser
 * (preview page) office.js reports `host: null`, and if office.js did not load at all there is
 * no `Office` global. Either way the page must keep working.
 */

export type OfficeEnvironment =
  | { kind: 'loading' }
  | { kind: 'office'; host: string; platform: string | null }
  | { kind: 'outside' };

/** How long to wait for Office.onReady before treating the page as outside Office. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/** Resolves once we know whether the page runs inside an Office host. Never rejects. */
export function detectOfficeEnvironment(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<OfficeEnvironment> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return Promise.resolve({ kind: 'outside' });
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'outside' }), timeoutMs);
    Office.onReady()
      .then((info) => {
        clearTimeout(timer);
        // info.host is null outside Office (plain browser tab).
        if (info && info.host) {
          resolve({ kind: 'office', host: String(info.host), platform: info.platform ? String(info.platform) : null });
        } else {
          resolve({ kind: 'outside' });
        }
      })
      .catch(() => {
        clearTimeout(timer);
        resolve({ kind: 'outside' });
      });
  });
}
