import { describe, expect, it } from 'vitest';
import { structureBody } from './sections.ts';

const P1 = 'وصل الوزير إلى العاصمة في زيارة تستمر يومين.';
const P2 = 'وقال مسؤولون إن الزيارة تهدف إلى تعزيز التعاون.';
const P3 = 'ومن المقرر أن يلتقي الرئيس غداً.';

describe('structureBody', () => {
  it.each([
    ['plain paragraphs', [P1, P2], [{ heading: null, paragraphs: [P1, P2] }]],
    ['blank lines and spacing around paragraphs', ['', `  ${P1}\u00A0`, '', '', P2, ''], [{ heading: null, paragraphs: [P1, P2] }]],
    ['a multi-line string per element', [`${P1}\n\n${P2}`], [{ heading: null, paragraphs: [P1, P2] }]],
    [
      'a subheading between paragraphs',
      [P1, 'جهود لعزل موسكو', P2, P3],
      [{ heading: null, paragraphs: [P1] }, { heading: 'جهود لعزل موسكو', paragraphs: [P2, P3] }],
    ],
    [
      'a subheading ending in a closing quote',
      [P1, 'أهداف "بلا مبالغات"', P2],
      [{ heading: null, paragraphs: [P1] }, { heading: 'أهداف "بلا مبالغات"', paragraphs: [P2] }],
    ],
    ['a short opening line is the lede, not a subheading', ['انفجار في الميناء', P1, P2], [{ heading: null, paragraphs: ['انفجار في الميناء', P1, P2] }]],
    ['a short last line is not a subheading', [P1, P2, 'يتبع'], [{ heading: null, paragraphs: [P1, P2, 'يتبع'] }]],
    ['a question is not a subheading', [P1, 'ماذا بعد؟', P2], [{ heading: null, paragraphs: [P1, 'ماذا بعد؟', P2] }]],
    [
      'short lines after a colon are list items',
      ['وتشمل المطالب:', 'رفع الأجور', 'خفض الضرائب', P2],
      [{ heading: null, paragraphs: ['وتشمل المطالب:', 'رفع الأجور', 'خفض الضرائب', P2] }],
    ],
    ['two short lines in a row are not subheadings', [P1, 'رفع الأجور', 'خفض الضرائب', P2], [{ heading: null, paragraphs: [P1, 'رفع الأجور', 'خفض الضرائب', P2] }]],
    ['a bulleted short line is a list item', [P1, '- رفع الأجور', P2], [{ heading: null, paragraphs: [P1, '- رفع الأجور', P2] }]],
    [
      'a long line without a full stop is a paragraph',
      [P1, 'وأضاف أن الحكومة ستواصل جهودها في جميع المجالات خلال الفترة المقبلة رغم الصعوبات', P2],
      [{ heading: null, paragraphs: [P1, 'وأضاف أن الحكومة ستواصل جهودها في جميع المجالات خلال الفترة المقبلة رغم الصعوبات', P2] }],
    ],
    ['leftovers are dropped', [P1, 'اقرأ أيضاً:', P2, 'شارك', 'الأكثر قراءة', 'عنوان آخر'], [{ heading: null, paragraphs: [P1, P2] }]],
    ['no text at all', ['', '  ', 'شارك', 'تويتر'], []],
  ])('%s', (_name, lines, expected) => {
    expect(structureBody(lines)).toEqual(expected);
  });

  it('keeps the text of each paragraph exactly', () => {
    const odd = 'عرقلة مساعي موسكو علللحصول  على مساعدات (… وخيرسون". ';
    expect(structureBody([odd])).toEqual([{ heading: null, paragraphs: [odd.trim()] }]);
  });
});
