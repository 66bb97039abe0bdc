import { describe, expect, it } from 'vitest';
import { extractEntities } from '../extract-entities.ts';
import { splitWords } from '../text/words.ts';
import { findCuedPlaces } from './place-cues.ts';

const texts = (text: string, isPlaceName: (key: string) => boolean) => {
  const words = splitWords(text);
  return findCuedPlaces(words, (word) => isPlaceName(word.key)).map((span) => words.slice(span.from, span.to).map((word) => word.text).join(' '));
};

describe('findCuedPlaces', () => {
  it('takes the word after a kind of place, through its proclitics', () => {
    expect(texts('وقع الزلزال قرب بلدة بيدوا ثم في مدينة إيلات وبمدينة قرطبة', () => true)).toEqual(['بيدوا', 'إيلات', 'قرطبة']);
  });

  it('leaves a definite kind word (`المدينة القديمة`: the old city, no name) and words the test refuses', () => {
    expect(texts('زار المدينة القديمة ثم منطقة جافة', () => true)).toEqual(['جافة']);
    expect(texts('زار المدينة القديمة ثم منطقة جافة', (key) => key !== 'جافه')).toEqual([]);
  });

  it('never takes a stop word after the kind word', () => {
    expect(texts('في قرية من القرى', () => true)).toEqual([]);
  });
});

describe('places after a kind word in the extractor', () => {
  it('finds a place nothing else knows', () => {
    const entity = extractEntities('وضرب الزلزال الساحل الجنوبي الغربي لجزيرة جاوا صباح أمس').find((found) => found.text === 'جاوا');
    expect(entity?.type).toBe('LOC');
  });

  it('takes neither a title nor a compass point for a place', () => {
    expect(extractEntities('افتتح متجرا في حي الملك فهد').filter((entity) => entity.text === 'الملك')).toEqual([]);
    expect(texts('في منطقة شرق المتوسط', () => true)).toEqual([]);
  });

  it('does not take an adjective for a place', () => {
    expect(extractEntities('لأنها كانت منطقة جافة لا تصلح للزراعة').filter((entity) => entity.type === 'LOC')).toEqual([]);
  });
});
