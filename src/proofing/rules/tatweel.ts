/**
 * Tatweel (ـ, kashida) stretching a word in body text. It is correct after a one-letter prefix or the
 * article standing before a quote, a Latin word or a number (`بـ"أقاليم`, `لـ BBC`, `الـ20`).
 */
import type { Finding } from '../rule.ts';
import { defineRule } from './define-rule.ts';

const TATWEEL = /\u0640/g;
/** Conjunction, then preposition or article, then the tatweel that joins them to what follows. */
const PREFIX_BEFORE_FOREIGN = /^[وف]?(?:[بلك]|ال|لل|بال|كال|وال)?\u0640+$/u;

export const tatweelRule = defineRule({
  id: 'tatweel',
  severity: 'warning',
  message: { ar: 'تطويل (كشيدة) في متن النص', en: 'Tatweel (kashida) in body text' },
  examples: [
    { wrong: 'وصل الـوزيـر إلى أستانة', right: 'وصل الوزير إلى أستانة' },
    { wrong: 'قال إن الوضع خطيـــر', right: 'قال إن الوضع خطير' },
    { wrong: 'تحدث بـالهاتف', right: 'تحدث بالهاتف' },
  ],
  accepts: ['لن تعترف بـ"أقاليم شبه الدولة"', 'في حديث لـ BBC', 'في القرن الـ21', 'وبـ"الحياد" أيضا', 'بـ«الحياد»'],
  check(document) {
    const findings: Finding[] = [];
    for (const word of document.words) {
      if (word.kind !== 'arabic' || !word.text.includes('\u0640')) continue;
      if (PREFIX_BEFORE_FOREIGN.test(word.text)) continue;
      findings.push({ start: word.start, end: word.end, suggestions: [word.text.replace(TATWEEL, '')], safe: true });
    }
    return findings;
  },
});
