import { describe, expect, it } from 'vitest';
import { applyThemeChoice, parseThemeChoice } from '../../../src/lib/theme.ts';

describe('theme choice', () => {
  it('reads light and dark, and anything else as "follow the system"', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice(null)).toBe('system');
    expect(parseThemeChoice('sepia')).toBe('system');
  });

  it('sets data-theme for a forced scheme and removes it for the system one', () => {
    const root = { dataset: {} } as HTMLElement;
    applyThemeChoice(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    applyThemeChoice(root, 'system');
    expect(root.dataset.theme).toBeUndefined();
  });
});
