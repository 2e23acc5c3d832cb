/**
 * Applies the remembered colour scheme and wires the header's theme picker. Loaded as a deferred module,
 * so it never blocks rendering; readers who override the system scheme may see one repaint.
 */
import { applyThemeChoice, parseThemeChoice, themeStorageKey, type ThemeChoice } from '../lib/theme.ts';

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(themeStorageKey));
  } catch {
    // Storage can be switched off; then the choice lasts for this page only.
    return 'system';
  }
}

function storeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(themeStorageKey);
    else localStorage.setItem(themeStorageKey, choice);
  } catch {
    // Not remembered, still applied.
  }
}

const root = document.documentElement;
applyThemeChoice(root, readChoice());

for (const picker of document.querySelectorAll<HTMLElement>('[data-theme-toggle]')) {
  const select = picker.querySelector('select');
  if (!select) continue;
  select.value = readChoice();
  select.addEventListener('change', () => {
    const choice = parseThemeChoice(select.value);
    storeChoice(choice);
    applyThemeChoice(root, choice);
  });
  // Shown only once it can work: without JavaScript the system scheme applies and no dead control is offered.
  picker.hidden = false;
}
