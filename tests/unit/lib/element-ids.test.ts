import { describe, expect, it } from 'vitest';
import { elementId, idToken, onetElementId, sourceElementId } from '../../../src/lib/element-ids.ts';
import { urls } from '../../../src/lib/urls.ts';

describe('element ids', () => {
  it('turns source ids and O*NET-SOC codes into plain tokens', () => {
    expect(sourceElementId('onet-29.3')).toBe('source-onet-29_3');
    expect(sourceElementId('bls-ep-2024-34')).toBe('source-bls-ep-2024-34');
    expect(onetElementId('15-1252.00')).toBe('onet-15-1252_00');
  });

  it('keeps ids that differ only in punctuation apart', () => {
    expect(sourceElementId('onet-29.3')).not.toBe(sourceElementId('onet-29-3'));
  });

  it('gives ids that work as a CSS selector as they stand', () => {
    for (const id of [elementId('source', 'a.b:c d/e'), onetElementId('15-1252.00')]) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
  });

  it('lets the browser fill a URL template the way the pages do', () => {
    // The compare picker gets urls.source('SOURCE') and puts idToken(id) in place of SOURCE.
    expect(urls.source('SOURCE').replace('SOURCE', idToken('onet-29.3'))).toBe(urls.source('onet-29.3'));
    expect(urls.source('onet-29.3')).toMatch(/#source-onet-29_3$/);
  });
});
