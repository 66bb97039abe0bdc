import { describe, expect, it } from 'vitest';
import { articlePath } from './article-path.ts';

describe('articlePath', () => {
  it('is the id and the percent-encoded slug', () => {
    expect(articlePath({ id: 7, slug: 'بلينكن-يصل-كازاخستان' })).toBe(`/articles/7/${encodeURIComponent('بلينكن-يصل-كازاخستان')}`);
  });

  it('follows a changed slug of the same article, and back', () => {
    expect(articlePath({ id: 8, slug: 'عنوان-أول' })).toBe(`/articles/8/${encodeURIComponent('عنوان-أول')}`);
    expect(articlePath({ id: 8, slug: 'عنوان-ثان' })).toBe(`/articles/8/${encodeURIComponent('عنوان-ثان')}`);
    expect(articlePath({ id: 8, slug: 'عنوان-أول' })).toBe(`/articles/8/${encodeURIComponent('عنوان-أول')}`);
  });

  it('stays right past the number of paths it keeps', () => {
    for (let id = 1; id <= 12_000; id += 1) expect(articlePath({ id, slug: `خبر-${id}` })).toBe(`/articles/${id}/${encodeURIComponent(`خبر-${id}`)}`);
    expect(articlePath({ id: 3, slug: 'خبر-3' })).toBe(`/articles/3/${encodeURIComponent('خبر-3')}`);
  });
});
