import { describe, expect, it } from 'vitest';
import { DEFAULT_RELATED_WEIGHTS, isSameStory, scoreCandidate, selectStories, splitRelatedList, type StoryFacts } from './score-related.ts';

const story = (id: number, overrides: Partial<StoryFacts> = {}): StoryFacts => ({
  id,
  categoryId: 1,
  publishedAt: '2023-02-28T08:00:00.000Z',
  titleKey: `t${id}`,
  bodyKey: `b${id}`,
  group: id,
  ...overrides,
});

describe('scoreCandidate', () => {
  it('is symmetric, so that a new story can enter an older list with the score that list would give it', () => {
    const a = story(1, { categoryId: 1, publishedAt: '2023-02-28T08:00:00.000Z' });
    const b = story(2, { categoryId: 1, publishedAt: '2023-01-10T08:00:00.000Z' });
    const signals = { text: 0.3, entity: 0.5 };
    expect(scoreCandidate(a, b, signals)).toBe(scoreCandidate(b, a, signals));
  });

  it('prefers the same section, shared entities and nearness in time, all else equal', () => {
    const subject = story(1);
    const base = scoreCandidate(subject, story(2, { categoryId: 2 }), { text: 0.3, entity: 0 });
    expect(scoreCandidate(subject, story(3), { text: 0.3, entity: 0 })).toBeGreaterThan(base);
    expect(scoreCandidate(subject, story(4, { categoryId: 2 }), { text: 0.3, entity: 0.6 })).toBeGreaterThan(base);
    expect(scoreCandidate(subject, story(5, { categoryId: 2, publishedAt: '2020-01-01T00:00:00.000Z' }), { text: 0.3, entity: 0 })).toBeLessThan(base);
  });

  it('calls nothing related that shares too little text, whatever else it shares', () => {
    expect(scoreCandidate(story(1), story(2), { text: 0.001, entity: 1 })).toBe(0);
  });

  it('accepts less shared text from a story that shares named entities', () => {
    const text = (DEFAULT_RELATED_WEIGHTS.minText + DEFAULT_RELATED_WEIGHTS.minTextSharingEntities) / 2;
    expect(scoreCandidate(story(1), story(2), { text, entity: 0 })).toBe(0);
    expect(scoreCandidate(story(1), story(2), { text, entity: 0.5 })).toBeGreaterThan(0);
  });
});

describe('selectStories', () => {
  it('never returns the story itself, a duplicate of it, or one story twice', () => {
    const subject = story(1, { group: 1 });
    const scored = [
      { facts: story(1), score: 9 },
      { facts: story(2, { group: 1 }), score: 8 },
      { facts: story(3, { bodyKey: 'b1' }), score: 7 },
      { facts: story(4, { titleKey: 't1' }), score: 6 },
      { facts: story(5), score: 5 },
      { facts: story(6, { group: 5 }), score: 4 },
      { facts: story(7, { bodyKey: 'b5' }), score: 3 },
      { facts: story(8), score: 2 },
      { facts: story(9), score: 0 },
    ];
    expect(selectStories(subject, scored, 10).map((chosen) => chosen.facts.id)).toEqual([5, 8]);
  });
});

describe('splitRelatedList', () => {
  it.each([
    [12, 3, 6],
    [9, 3, 6],
    [8, 3, 5],
    [7, 2, 5],
    [3, 2, 1],
    [1, 1, 0],
    [0, 0, 0],
  ])('splits %i stories into %i to read also and %i related, never repeating', (size, readAlso, related) => {
    const list = Array.from({ length: size }, (_, index) => index);
    const split = splitRelatedList(list);
    expect(split.readAlso).toHaveLength(readAlso);
    expect(split.related).toHaveLength(related);
    expect(split.readAlso.filter((id) => split.related.includes(id))).toEqual([]);
  });

  it('treats stories as the same when they share a group, a title or a body', () => {
    expect(isSameStory(story(1), story(2))).toBe(false);
    expect(isSameStory(story(1), story(2, { group: 1 }))).toBe(true);
  });
});
