import { describe, expect, it } from 'vitest';
import { budgetReport, formatBytes, kilobyte, overBudget, rolePageBudgets, searchBudget } from '../../src/lib/budgets.ts';

describe('budgets', () => {
  it('names the page, the measure, the exact bytes and by how much it is over', () => {
    expect(overBudget('roles/back-end-developer/', rolePageBudgets.html, 14 * kilobyte + 44)).toBe('roles/back-end-developer/: HTML 14,380 B gzip is 44 B over its 14 KB (14,336 B) budget');
    expect(overBudget('search on 1,000 roles', searchBudget.budget, 130_000)).toBe('search on 1,000 roles: first search query 130,000 B transferred is 27,600 B over its 100 KB (102,400 B) budget');
  });

  it('passes at the limit and below', () => {
    expect(overBudget('roles/x/', rolePageBudgets.css, 10 * kilobyte)).toBeUndefined();
    expect(overBudget('roles/x/', rolePageBudgets.scriptBeforeInteraction, 0)).toBeUndefined();
    // One byte over is over, and says so: no rounding to "1.0 KB > 1 KB".
    expect(overBudget('roles/x/', rolePageBudgets.scriptBeforeInteraction, kilobyte + 1)).toBe('roles/x/: JavaScript before interaction 1,025 B gzip is 1 B over its 1 KB (1,024 B) budget');
  });

  it('reports the margin left, or the excess', () => {
    expect(budgetReport(rolePageBudgets.html, 13_821)).toBe('HTML 13,821 B gzip of 14 KB (14,336 B), 515 B to spare');
    expect(budgetReport(rolePageBudgets.html, 14_400)).toBe('HTML 14,400 B gzip of 14 KB (14,336 B), 64 B over');
    expect(formatBytes(1_234_567)).toBe('1,234,567 B');
  });

  it('keeps the budgets the brief set', () => {
    expect([rolePageBudgets.html.limitBytes, rolePageBudgets.css.limitBytes, rolePageBudgets.scriptBeforeInteraction.limitBytes, searchBudget.budget.limitBytes]).toEqual([
      14 * 1024,
      10 * 1024,
      1024,
      100 * 1024,
    ]);
  });
});
