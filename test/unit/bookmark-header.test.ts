/** The X-Claimgraph-Bookmark header as clients send it. */
import { describe, expect, it } from 'vitest';
import { formatBookmarkHeader, readBookmarkHeader } from '../../src/http/bookmark-header.js';

describe('the bookmark header', () => {
  it('reads one bookmark, several, or none', () => {
    expect(readBookmarkHeader({})).toEqual([]);
    expect(readBookmarkHeader({ 'x-claimgraph-bookmark': '  ' })).toEqual([]);
    expect(readBookmarkHeader({ 'x-claimgraph-bookmark': 'FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ' })).toEqual([
      'FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ',
    ]);
    expect(readBookmarkHeader({ 'x-claimgraph-bookmark': 'FB:a1, FB:b2,,FB:a1' })).toEqual([
      'FB:a1',
      'FB:b2',
    ]);
  });

  it('writes what it reads', () => {
    const bookmarks = ['FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ', 'FB:kcwQy9mp3ioyRom386bZDRRcuCiQ'];
    expect(readBookmarkHeader({ 'x-claimgraph-bookmark': formatBookmarkHeader(bookmarks) })).toEqual(
      bookmarks,
    );
  });
});
