/** The reader's colour scheme choice: follow the system, or force light or dark. */

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** Where the choice is remembered between visits. */
export const themeStorageKey = 'career-atlas-theme';

/** A stored value as a choice; anything unknown (or nothing) means "follow the system". */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return themeChoices.find((choice) => choice === value) ?? 'system';
}

/**
 * Sets or clears `data-theme` on the root element. "system" removes it, so the system's colour scheme
 * picks the palette (global.css, `color-scheme: light dark`), exactly as for readers without JavaScript.
 */
export function applyThemeChoice(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
