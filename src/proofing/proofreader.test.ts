import { beforeAll, describe, expect, it } from 'vitest';
import { fixText } from './apply-fixes.ts';
import { createProofreader, UnknownRuleError, type Proofreader } from './proofreader.ts';

let proofreader: Proofreader;
let uncaughtListenersBefore: number;
beforeAll(async () => {
  uncaughtListenersBefore = process.listenerCount('uncaughtException');
  proofreader = await createProofreader({ houseWords: [] });
});

describe('proofreader', () => {
  it('places diagnostics by line and column with CRLF line ends, in text order', () => {
    const text = 'السطر الأول هنا\r\nوافق المجلس فقط فقط على القرار ، أمس';
    const diagnostics = proofreader.proof(text);
    expect(diagnostics.map((diagnostic) => [diagnostic.rule, diagnostic.line, diagnostic.column])).toEqual([
      ['repeated-word', 2, 17],
      ['space-before-punctuation', 2, 31],
    ]);
    expect(diagnostics.map((diagnostic) => text.slice(diagnostic.start, diagnostic.end))).toEqual(['فقط ', ' ']);
  });

  it('switches rules off per run and refuses rule ids it does not know', () => {
    expect(proofreader.proof('فقط فقط', { disable: ['repeated-word'] })).toEqual([]);
    expect(() => proofreader.proof('نص', { disable: ['spelling'] })).toThrow(UnknownRuleError);
  });

  it('takes a name for a name when the article repeats it, a title introduces it or the house list has it', async () => {
    const once = 'وقال المتحدث إن غرينبيرغ سيصل غدا';
    expect(proofreader.proof(once).map((diagnostic) => diagnostic.rule)).toEqual([]);
    const withHouseWord = await createProofreader({ houseWords: ['الأميركيتيين'] });
    expect(withHouseWord.proof('شركتا النفط الأميركيتيين أعلنتا الاتفاق')).toEqual([]);
    expect(proofreader.proof('شركتا النفط الأميركيتيين أعلنتا الاتفاق').map((diagnostic) => diagnostic.rule)).toEqual(['misspelling']);
  });

  it('leaves the process error handlers as they were after loading Hunspell', () => {
    expect(process.listenerCount('uncaughtException')).toBe(uncaughtListenersBefore);
  });

  it('is quiet on clean copy', () => {
    const clean = 'وصل وزير الخارجية الأميركي أنتوني بلينكن، الثلاثاء، إلى كازاخستان، في جولة تشمل أوزبكستان.\nوقال: "نرى الصعوبات التي تواجهها هذه الاقتصادات".';
    expect(proofreader.proof(clean)).toEqual([]);
  });
});

describe('fixText', () => {
  it('applies only the safe fixes, pass after pass, and leaves guesses to the editor', () => {
    const text = 'وصل الوزير,الثلاثاء ، إلى  أستانة؛؛ وقال إن الحكومه ستعلن القرار\nوصل الوزير,الثلاثاء ، إلى  أستانة؛؛ وقال إن الحكومه ستعلن القرار\n';
    const fixed = fixText(proofreader, text);
    expect(fixed.text).toBe('وصل الوزير، الثلاثاء، إلى أستانة؛ وقال إن الحكومه ستعلن القرار\n');
    expect(proofreader.proof(fixed.text).map((diagnostic) => diagnostic.rule)).toEqual(['misspelling']);
  });
});
