import { describe, expect, it } from 'vitest';
import { predictNaiveBayes, trainNaiveBayes } from './naive-bayes.ts';

const counts = (words: string) => {
  const map = new Map<string, number>();
  for (const word of words.split(' ')) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
};

describe('multinomial Naive Bayes', () => {
  const model = trainNaiveBayes(
    [counts('هدف مباراة فريق'), counts('مباراة ملعب'), counts('نفط أسعار'), counts('أسعار فائدة بنك'), counts('أسعار سهم')],
    ['sport', 'sport', 'economy', 'economy', 'economy'],
  );

  it.each([
    ['هدف ملعب', 'sport'],
    ['بنك نفط', 'economy'],
    ['كلمة مجهولة', 'economy'], // nothing known: the prior decides
    ['مباراة مباراة أسعار', 'sport'],
  ])('files "%s" under %s', (words, label) => {
    expect(predictNaiveBayes(model, counts(words))).toBe(label);
  });

  it('has priors from the label frequencies', () => {
    expect(model.labels).toEqual(['economy', 'sport']);
    expect(model.logPriors.map(Math.exp)).toEqual([0.6, 0.4].map((value) => expect.closeTo(value, 9)));
  });
});
