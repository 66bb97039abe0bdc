import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEMO_CORPUS_SAMPLE } from '../../demo/load-demo-content.ts';
import { checkImportLine } from './import-record.ts';
import { readCheckedLine } from './read-checked-line.ts';

/** Lines the schema refuses or accepts at the edge of each rule. */
const EDGE_LINES = [
  '{"id": "a1", "title": "عنوان", "body": "نص"}',
  '{"id": 7, "title": "عنوان", "body": ""}',
  '{"id": 7.5, "title": "عنوان", "body": "نص"}',
  '{"id": "", "title": "عنوان", "body": "نص"}',
  '{"id": "   ", "title": "عنوان", "body": "نص"}',
  `{"id": "${'x'.repeat(200)}", "title": "عنوان", "body": "نص"}`,
  `{"id": "${'x'.repeat(201)}", "title": "عنوان", "body": "نص"}`,
  '{"id": true, "title": "عنوان", "body": "نص"}',
  '{"title": "عنوان", "body": "نص"}',
  '{"id": "a", "title": " ", "body": "نص"}',
  '{"id": "a", "title": "", "body": "نص"}',
  `{"id": "a", "title": "${'ع'.repeat(1000)}", "body": "نص"}`,
  `{"id": "a", "title": "${'ع'.repeat(1001)}", "body": "نص"}`,
  '{"id": "a", "title": "عنوان"}',
  '{"id": "a", "title": "عنوان", "body": 5}',
  '{"id": "a", "title": "عنوان", "body": "نص", "category": null, "source": "cnn", "extra": [1, 2]}',
  '{"id": "a", "title": "عنوان", "body": "نص", "category": 3}',
  '{"id": "a", "title": "عنوان", "body": "نص", "image": {"src": "a.jpg"}}',
  '{"id": "a", "title": "عنوان", "body": "نص", "date": "2023-02-28"}',
  '{"id": "a", "title": "عنوان", "body": "نص", "date": " 2023-02-28T10:00:00+03:00 "}',
  '{"id": "a", "title": "عنوان", "body": "نص", "date": "  "}',
  '{"id": "a", "title": "عنوان", "body": "نص", "date": "أمس"}',
  '{"id": "a", "title": "عنوان", "body": "نص", "date": 2023}',
  '["a", "b"]',
  'null',
  '"text"',
  '{"id": "a", "title": ',
];

function demoLines(): string[] {
  return zlib.gunzipSync(fs.readFileSync(DEMO_CORPUS_SAMPLE)).toString('utf8').split('\n').filter((line) => line.trim() !== '');
}

describe('reading a line the import has checked', () => {
  it('accepts exactly the lines the schema check accepts, with the same record and date', () => {
    const lines = [...EDGE_LINES, ...demoLines()];
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      const check = checkImportLine(line);
      const read = readCheckedLine(line);
      if (check.kind === 'valid') expect(read, line.slice(0, 80)).toEqual({ record: check.record, publishedAt: check.publishedAt });
      else expect(read, line.slice(0, 80)).toBeNull();
    }
  });

  it('refuses what the check refuses for each rule (the table above holds both sides of it)', () => {
    const verdicts = EDGE_LINES.map((line) => readCheckedLine(line) !== null);
    expect(verdicts.filter(Boolean).length).toBe(8);
    expect(verdicts.filter((accepted) => !accepted).length).toBe(EDGE_LINES.length - 8);
  });
});
