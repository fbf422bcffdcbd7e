/**
 * The theme button: System → Light → Dark. The choice is kept in localStorage and applied before
 * the first paint by theme-init.js (inline in <head>, allowed by its hash in the CSP), so a
 * remembered theme never flashes the other one. Without JavaScript the button stays hidden and
 * the system's setting rules.
 */
const KEY = 'sourcebook-theme';
const ORDER = ['system', 'light', 'dark'] as const;
type Theme = (typeof ORDER)[number];
const LABEL: Record<Theme, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };

function stored(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(theme: Theme, button: HTMLButtonElement) {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  const text = button.querySelector('.theme-label');
  if (text) text.textContent = LABEL[theme];
  button.setAttribute('aria-label', `Colour theme: ${LABEL[theme]}. Change`);
}

export function startThemeToggle() {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  let theme = stored();
  apply(theme, button);
  button.hidden = false;
  button.addEventListener('click', () => {
    theme = ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length]!;
    try {
      if (theme === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, theme);
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
    apply(theme, button);
  });
}
