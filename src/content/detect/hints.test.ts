import { describe, expect, it } from 'vitest';
import { Name, hintOf, nameBits } from './hints.js';

describe('class and id words', () => {
  it('finds furniture, article, thread and forum words split on separators and case changes', () => {
    expect(nameBits('article-share-bar')).toBe(Name.Furniture | Name.Article);
    expect(hintOf(nameBits('article-share-bar'))).toBe(0);
    expect(hintOf(nameBits('shareBar'))).toBe(-1);
    expect(hintOf(nameBits('relatedPosts'))).toBe(-1);
    expect(hintOf(nameBits('entry-content'))).toBe(1);
    expect(hintOf(nameBits('ArticleBody'))).toBe(1);
    expect(nameBits('post-comments')).toBe(Name.Thread | Name.Article);
    expect(hintOf(nameBits('post-comments'))).toBe(-1);
    expect(nameBits('js-thread')).toBe(Name.Forum);
  });

  it('finds words in any token of a class list, and none in words that merely contain them', () => {
    expect(hintOf(nameBits('css-1xis0cg  story-body\tlarge'))).toBe(1);
    expect(nameBits('shareholder-letter')).toBe(0);
    expect(nameBits('css-53u6y8 e1y0a3kv1')).toBe(0);
    expect(nameBits('')).toBe(0);
  });

  it('matches words whatever their case, as the look-up lower-cases them', () => {
    expect(hintOf(nameBits('SIDEBAR'))).toBe(-1);
    expect(hintOf(nameBits('Main_Content'))).toBe(1);
  });

  it('ignores slugs of more than four words, except for forum words', () => {
    expect(nameBits('sharing-with-a-friend-today')).toBe(0);
    expect(nameBits('forum-thread-list-view-all')).toBe(Name.Forum);
  });
});
