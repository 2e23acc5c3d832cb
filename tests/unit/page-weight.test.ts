import { describe, expect, it } from 'vitest';
import { heaviestParts } from '../e2e/page-weight.ts';

// Text that gzip cannot shrink much: each line differs.
const filler = (lines: number, word: string) => Array.from({ length: lines }, (_, index) => `<p>${word} ${index * 7919} ${(index * 104729) % 997}</p>`).join('');

const page = `<!DOCTYPE html><html><head><title>x</title><script type="application/ld+json">{"a":1}</script></head><body>
<header class="site-header">Career Atlas</header><main><h2 id="pay">Pay</h2>${filler(200, 'pay')}<h3>Notes</h3>${filler(40, 'note')}
<h2 id="skills">Skills</h2>${filler(20, 'skill')}</main><footer class="site-footer">Footer</footer></body></html>`;

describe('heaviestParts', () => {
  it('names the parts that weigh most first, with exact bytes', () => {
    const parts = heaviestParts(page, 3).split(', ');
    expect(parts).toHaveLength(3);
    expect(parts[0]).toMatch(/^section “Pay” [\d,]+ B$/);
    expect(parts[1]).toMatch(/^subsection “Notes” [\d,]+ B$/);
    expect(parts[2]).toMatch(/^section “Skills” [\d,]+ B$/);
  });

  it('counts a section up to the next heading of its level', () => {
    const bytes = (name: string) => Number(/ ([\d,]+) B$/.exec(heaviestParts(page, 10).split(', ').find((part) => part.startsWith(name))!)![1]!.replace(/,/g, ''));
    expect(bytes('section “Pay”')).toBeGreaterThan(bytes('subsection “Notes”'));
    expect(bytes('section “Skills”')).toBeLessThan(bytes('subsection “Notes”'));
  });
});
