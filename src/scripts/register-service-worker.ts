import { url } from '../lib/urls';

/**
 * Registers the offline service worker once the page has loaded, so its download of the whole
 * site never competes with the first view. Only on http(s): a `file://` copy has none.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const register = () => navigator.serviceWorker.register(url('sw.js'), { scope: url('') }).catch((error) => console.warn('Offline copy unavailable:', error));
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
