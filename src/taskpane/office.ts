/**
 * Where the task pane runs: inside an Office host, or outside (the plain browser preview page).
 *
 * taskpane.html loads office.js with a plain <script> in <head> (Microsoft's CDN by default, or a
 * bundled copy: webpack.config.js, OFFICE_JS). That tag may fail: the CDN unreachable (offline
 * networks, a proxy, the e2e tests, which block every non-local request), or refused. The browser
 * then moves on at once, and since our bundles are deferred scripts that run after it, by the time
 * this code runs office.js has either loaded or failed. The answer comes from what Office says,
 * never from waiting:
 *   - no `Office` global (office.js did not load, or the page was opened without it) → outside;
 *   - `Office.onReady` resolves with `info.host` null (office.js in a plain browser tab, as its
 *     documentation says) → outside;
 *   - a host, with `Office.context` present → inside Office.
 * OFFICE_READY_TIMEOUT_MS is only a guard for an office.js that loaded but never answers (its
 * own host scripts unreachable, say): the pane then falls back to preview mode too.
 */

export type OfficeEnvironment =
  | { kind: 'loading' }
  | { kind: 'office'; host: string; platform: string | null }
  | { kind: 'outside' };

/** Longest wait for Office.onReady once office.js has loaded (a guard, not the way to decide). */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/** What Office.onReady gives: `host` null outside Office. */
interface OfficeReadyInfo {
  host?: unknown;
  platform?: unknown;
}

/** The parts of office.js's global `Office` this file reads; absent when office.js did not load. */
interface OfficeGlobal {
  onReady?: () => PromiseLike<OfficeReadyInfo | null | undefined>;
  context?: unknown;
}

/** office.js's global, if office.js loaded (a failed <script> leaves none). */
function officeGlobal(): OfficeGlobal | undefined {
  const office = (globalThis as { Office?: unknown }).Office;
  return office !== null && (typeof office === 'object' || typeof office === 'function') ? (office as OfficeGlobal) : undefined;
}

/** The environment from what Office.onReady answered. */
function fromReadyInfo(info: OfficeReadyInfo | null | undefined, office: OfficeGlobal): OfficeEnvironment {
  // info.host is null outside Office (plain browser tab); inside, Office.context is set by then.
  if (!info || !info.host || office.context === undefined || office.context === null) return { kind: 'outside' };
  return { kind: 'office', host: String(info.host), platform: info.platform ? String(info.platform) : null };
}

/** Resolves once we know whether the page runs inside an Office host. Never rejects. */
export function detectOfficeEnvironment(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<OfficeEnvironment> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== 'function') {
    // office.js did not load (unreachable CDN, blocked request) or is not referenced: no host.
    return Promise.resolve({ kind: 'outside' });
  }
  const onReady = office.onReady.bind(office);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (env: OfficeEnvironment): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(env);
    };
    const timer = setTimeout(() => settle({ kind: 'outside' }), timeoutMs);
    try {
      Promise.resolve(onReady()).then(
        (info) => settle(fromReadyInfo(info, office)),
        () => settle({ kind: 'outside' }),
      );
    } catch {
      settle({ kind: 'outside' });
    }
  });
}
