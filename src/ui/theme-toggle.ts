import { THEME_KEY } from './storage';

/** The header's theme button: switches between light and dark, and remembers the choice. */
const toggle = document.querySelector<HTMLButtonElement>('button.theme-toggle');
if (toggle) {
  const current = () => document.documentElement.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const label = () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    toggle.textContent = next === 'dark' ? 'Dark theme' : 'Light theme';
    toggle.setAttribute('aria-label', `Switch to the ${next} theme`);
  };
  label();
  toggle.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      /* the choice lasts for this page only */
    }
    label();
  });
}
