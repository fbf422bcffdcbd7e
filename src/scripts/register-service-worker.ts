import { url } from '../lib/urls';

/**
 * Registers the offline service worker once the page has loaded, so its small first download
 * never competes with the first view; shows the footer's "Save the whole site" control where a
 * service worker can run (only on http(s): a `file://` copy has none); and tells an open tab when
 * a new version of the site is ready. The controls' code loads only when used.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const save = document.querySelector<HTMLElement>('[data-offline-save]');
  if (save) {
    save.hidden = false;
    save.querySelector('button')!.addEventListener('click', () => void import('./offline/save-site').then((m) => m.openSavePanel(save)), { once: true });
  }
  const register = async () => {
    const registration = await navigator.serviceWorker.register(url('sw.js'), { scope: url('') });
    const notify = (worker: ServiceWorker | null) => {
      // A first install has no controller yet: that is not an update.
      if (worker && navigator.serviceWorker.controller) void import('./offline/update-notice').then((m) => m.showUpdateNotice(worker));
    };
    if (registration.waiting) notify(registration.waiting);
    // A tab left open learns of a deploy when the reader comes back to it, not only on navigation.
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void registration.update().catch(() => {}));
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => worker.state === 'installed' && notify(worker));
    });
  };
  const start = () => register().catch((error) => console.warn('Offline copy unavailable:', error));
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}
