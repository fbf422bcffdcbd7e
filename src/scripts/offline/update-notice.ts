/**
 * Tells a reader whose tab is open that a new version of the site is installed and waiting: the
 * reader chooses when to switch (a reload), so nothing changes under their eyes mid-page.
 */
export function showUpdateNotice(worker: ServiceWorker) {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A new version of this site is available.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload to see it';
  reload.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'skip-waiting' });
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = 'Later';
  later.addEventListener('click', () => notice.remove());
  notice.append(text, reload, later);
  document.body.append(notice);
}
