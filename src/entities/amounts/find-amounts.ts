/**
 * Money and quantities: a number (digits, or a scale word alone: `مليار دولار`), an optional scale
 * (`ألف`، `مليون`، `مليار`), then a currency (`1.25 مليار دولار` → `1250000000 USD`) or a counted noun
 * (`2500 جندي` → `2500 جندي`), or a percentage (`20%`, `20 في المئة` → `20%`).
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { wordStems } from '../text/clitics.ts';
import { wordTrait } from '../text/word-traits.ts';
import type { Word } from '../text/words.ts';
import type { RuleSpan } from '../rules/rule-span.ts';
import { multiplyDecimal, scaleDecimal } from './decimal.ts';
import { COUNTED, CURRENCIES, PERCENT_WORDS, SCALES } from './units.ts';

/** Whether a word is a scale word through its proclitics (`بمليار`). */
const hasScaleStem = wordTrait((word) => wordStems(word).some(({ key }) => SCALES.has(key)));

function span(type: 'MONEY' | 'QUANTITY', from: number, to: number, canonical: string, cliticLetters = 0): RuleSpan {
  return { type, from, to, cliticLetters, canonical, evidence: 'pattern' };
}

export function findAmounts(words: readonly Word[], gazetteer: Gazetteer): RuleSpan[] {
  const found: RuleSpan[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    let value: string;
    let next = index + 1;
    let cliticLetters = 0;
    if (word.kind === 'number') {
      value = word.key;
      if (words[next]?.text === '%' || words[next]?.text === '٪') {
        found.push(span('QUANTITY', index, next + 1, `${value}%`));
        index = next;
        continue;
      }
      if (words[next]?.key === 'في' && PERCENT_WORDS.has(words[next + 1]?.key ?? '')) {
        found.push(span('QUANTITY', index, next + 2, `${value}%`));
        index = next + 1;
        continue;
      }
      if (PERCENT_WORDS.has(words[next]?.key ?? '')) {
        found.push(span('QUANTITY', index, next + 1, `${value}%`));
        index = next;
        continue;
      }
      const scale = SCALES.get(words[next]?.key ?? '');
      if (scale !== undefined) {
        value = scaleDecimal(multiplyDecimal(value, scale.factor), scale.exponent);
        next += 1;
      }
    } else if (word.kind === 'word') {
      // A scale word standing for its number: `مليار دولار`, `ملياري دولار`, `بمليار دولار`.
      if (!hasScaleStem(word)) continue;
      const stem = wordStems(word).find(({ key }) => SCALES.has(key));
      const scale = stem === undefined ? undefined : SCALES.get(stem.key);
      if (stem === undefined || scale === undefined || !CURRENCIES.has(words[next]?.key ?? '')) continue;
      value = scaleDecimal(String(scale.factor), scale.exponent);
      cliticLetters = stem.letters;
    } else {
      continue;
    }
    const unitWord = words[next];
    if (unitWord === undefined || unitWord.kind !== 'word') continue;
    const currency = CURRENCIES.get(unitWord.key);
    if (currency !== undefined) {
      const country = gazetteer.demonyms.get(words[next + 1]?.key ?? '');
      // `جنيه إسترليني` names its country with a currency word of its own.
      const sterling = CURRENCIES.get(words[next + 1]?.key ?? '')?.code === 'GBP' ? 'GBP' : undefined;
      const countryCode = sterling ?? (country === undefined ? undefined : currency.byCountry?.[country]);
      const code = countryCode ?? currency.code ?? currency.name;
      const to = countryCode === undefined ? next + 1 : next + 2;
      found.push(span('MONEY', index, to, `${value} ${code}`, cliticLetters));
      index = to - 1;
      continue;
    }
    const counted = COUNTED.get(unitWord.key);
    if (counted !== undefined && word.kind === 'number') {
      found.push(span('QUANTITY', index, next + 1, `${value} ${counted}`));
      index = next;
    }
  }
  return found;
}
