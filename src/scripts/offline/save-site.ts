import { formatSize } from '../../lib/offline/edition-zip';
import { url } from '../../lib/urls';

/** `offline-manifest.json`, written by src/integrations/offline-service-worker.ts. */
interface Manifest {
  version: string;
  cache: string;
  bytes: number;
  /** URL, size in bytes, and 1 for what the service worker installs on every first visit. */
  files: Array<[string, number, 0 | 1]>;
}

/**
 * Which version the reader saved, so that after a deploy the panel can say the old copy went with
 * it. Kept in its own cache (the worker deletes only `sourcebook-<version>` caches), not in
 * localStorage: the site keeps nothing of the reader's outside the offline cache and the theme.
 */
const SAVED = { cache: 'sourcebook:saved', key: '/saved-version' };
const savedVersion = async () => (await (await caches.open(SAVED.cache)).match(SAVED.key))?.text();
const setSavedVersion = async (version: string | undefined) => {
  const cache = await caches.open(SAVED.cache);
  await (version === undefined ? cache.delete(SAVED.key) : cache.put(SAVED.key, new Response(version)));
};
const PARALLEL = 4;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const count = (n: number) => n.toLocaleString('en');
const sum = (files: Manifest['files']) => files.reduce((s, [, bytes]) => s + bytes, 0);

/**
 * The footer's "Save the whole site for offline reading": says how much it stores before it
 * stores anything, shows progress while it runs (and can stop), and can remove what it saved.
 * Stores into the cache the service worker reads, named in the manifest.
 */
export async function openSavePanel(root: HTMLElement) {
  const toggle = root.querySelector('button')!;
  const panel = el('div', '', { class: 'offline-save-panel', id: 'offline-save-panel' });
  const status = el('p', 'Checking the size of the site…', { role: 'status' });
  const progress = el('progress', '', { 'aria-label': 'Saving the whole site' });
  progress.hidden = true;
  const actions = el('div', '', { class: 'offline-actions' });
  panel.append(status, progress, actions);
  root.append(panel);
  toggle.setAttribute('aria-controls', panel.id);
  toggle.setAttribute('aria-expanded', 'true');
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  });

  const act = (label: string, run: () => unknown) => {
    const button = el('button', label, { type: 'button' });
    button.addEventListener('click', () => void run());
    actions.append(button);
    return button;
  };

  let manifest: Manifest;
  try {
    manifest = (await (await fetch(url('offline-manifest.json'), { cache: 'no-cache' })).json()) as Manifest;
  } catch {
    status.textContent = 'The list of pages to save could not be loaded. Check your connection and try again.';
    return;
  }
  const cache = await caches.open(manifest.cache);
  const absolute = (u: string) => new URL(u, location.href).href;

  async function show() {
    actions.replaceChildren();
    progress.hidden = true;
    const stored = new Set((await cache.keys()).map((r) => r.url));
    const missing = manifest.files.filter(([u]) => !stored.has(absolute(u)));
    const older = await savedVersion();
    if (missing.length === 0) {
      status.textContent = `The whole site is saved on this device for offline reading: ${count(manifest.files.length)} files, ${formatSize(manifest.bytes)}.`;
      act('Remove the saved copy', remove);
      return;
    }
    const was = older && older !== manifest.version ? 'The site has changed since you saved it, and the old copy was removed. ' : '';
    const already = manifest.files.length - missing.length;
    status.textContent = `${was}Saving the whole site stores ${count(missing.length)} more files, ${formatSize(sum(missing))}, on this device${already > 0 ? ` (${count(already)} are stored already)` : ''}.`;
    act(`Save ${formatSize(sum(missing))}`, () => save(missing)).focus();
    act('Not now', () => toggle.click());
    if (already > manifest.files.filter(([, , shell]) => shell).length + 1) act('Remove what is kept', remove);
  }

  async function save(missing: Manifest['files']) {
    const stop = new AbortController();
    actions.replaceChildren();
    act('Stop', () => stop.abort()).focus();
    progress.hidden = false;
    progress.max = sum(missing);
    progress.value = 0;
    void navigator.storage?.persist?.();
    let done = 0;
    let failed = 0;
    const queue = [...missing];
    const report = () =>
      (status.textContent = `Saving: ${count(done)} of ${count(missing.length)} files, ${formatSize(progress.value)} of ${formatSize(progress.max)}…`);
    report();
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let next = queue.shift(); next && !stop.signal.aborted; next = queue.shift()) {
          const [u, bytes] = next;
          try {
            const response = await fetch(u, { cache: 'no-cache', signal: stop.signal, headers: { 'x-sourcebook-save': '1' } });
            if (!response.ok) throw new Error(`${response.status}`);
            await cache.put(absolute(u), response);
          } catch {
            if (!stop.signal.aborted) failed++;
          }
          done++;
          progress.value += bytes;
          report();
        }
      }),
    );
    if (!stop.signal.aborted && failed === 0) await setSavedVersion(manifest.version);
    await show();
    if (stop.signal.aborted) status.textContent = `Stopped. ${status.textContent}`;
    else if (failed > 0) status.textContent = `${count(failed)} files could not be saved (is the connection gone?). ${status.textContent}`;
  }

  async function remove() {
    const keep = new Set([...manifest.files.filter(([, , shell]) => shell).map(([u]) => absolute(u)), absolute(location.pathname)]);
    for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
    await setSavedVersion(undefined);
    await show();
    status.textContent = `Removed. ${status.textContent}`;
  }

  await show();
}
