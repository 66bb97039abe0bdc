/**
 * The search index reads the analyzer's output with FTS5's `ascii` tokenizer (migration
 * 2026-12-02T0100), which costs less than `unicode61` and must cut it into the same tokens: the
 * index built either way is compared byte for byte (FTS5's own tables), on a sixth of the ANT
 * articles when ../shared is there (all 31,510 were compared when the tokenizer changed: identical)
 * and on edge texts always, and every term the analyzer makes is held to what both
 * tokenizers read as one token.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { analyze } from '../arabic/analyze.ts';
import { migrateToLatest } from '../db/migrate.ts';
import * as asciiTokenizer from '../db/migrations/2026-12-02T0100-search-index-ascii-tokenizer.ts';
import { databasesAtMigration } from '../test-support/database-at-migration.ts';
import { toSearchDocument, type SearchDocument } from './search-document.ts';

const ANT_FILE = path.resolve(import.meta.dirname, '../../../shared/data/ant-multisource/ant_multisource_v2.1.jsonl.gz');
const antAvailable = fs.existsSync(ANT_FILE);
if (!antAvailable) console.warn(`skipped: the all-ANT tokenizer comparison needs ${ANT_FILE}`);

const UNICODE61 = "unicode61 remove_diacritics 0 tokenchars '.'";
const ASCII = "ascii tokenchars '.'";

const EDGE_TEXTS = [
  'İstanbul and NAÏVE Ǆemal café ﬁnance ſtraße Ⅻ ① x² ㄱㅏ Москва ΑΘΗΝΑ',
  'كا\u200Cزاخستان و\u200Dالعقوبات، «بلينكن»: أوكرانيا؟ مُحَمَّد الـعربية ﷺ ﷽ ﻻ',
  '٣٫٥ و٢٬٥٠٠ و1.25 و2023. و۱۴۰۲ #عاصي_الحلاني #Breaking_News e-mail O’Neil',
  'القسم الثالث — (٤) … ‹نص› ‘quoted’ "double" [brackets] {braces} 50% $5 €7 @user',
];

function documentOf(id: number, title: string, body: string): SearchDocument {
  return toSearchDocument({ id, title, body, categoryId: null, source: null, publishedAt: '' });
}

/** A digest of FTS5's own tables for these documents indexed with `tokenize`, in batches as an import writes. */
function indexDigest(documents: SearchDocument[], tokenize: string): string {
  const sqlite = new SQLite(':memory:');
  try {
    sqlite.exec(`CREATE VIRTUAL TABLE s USING fts5(title, body, title_plain, body_plain, content = '', contentless_delete = 1, tokenize = "${tokenize}")`);
    const insert = sqlite.prepare('INSERT OR REPLACE INTO s (rowid, title, body, title_plain, body_plain) VALUES (?, ?, ?, ?, ?)');
    for (let start = 0; start < documents.length; start += 1000) {
      sqlite.transaction(() => {
        for (const doc of documents.slice(start, start + 1000)) insert.run(doc.id, doc.title, doc.body, doc.titlePlain, doc.bodyPlain);
      })();
    }
    const hash = crypto.createHash('sha256');
    for (const table of ['s_data', 's_idx', 's_docsize', 's_config']) {
      for (const row of sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().iterate()) hash.update(JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)));
    }
    return hash.digest('hex');
  } finally {
    sqlite.close();
  }
}

describe('the search index’s tokenizer', () => {
  it('every analyzer term is lowercase letters, digits and full stops: one token for unicode61 and ascii alike', () => {
    for (const text of EDGE_TEXTS) {
      for (const token of analyze(text)) {
        for (const form of [token.term, token.plain]) {
          expect(form).toMatch(/^[\p{L}\p{N}.]+$/u);
          expect(form).toBe(form.toLowerCase());
        }
      }
    }
  });

  it('indexes edge texts byte for byte as unicode61 did', () => {
    const documents = EDGE_TEXTS.map((text, index) => documentOf(index + 1, text.slice(0, 40), text));
    expect(indexDigest(documents, ASCII)).toBe(indexDigest(documents, UNICODE61));
  });

  it('sees a difference where one exists (a raw text with a joiner and an apostrophe)', () => {
    const raw: SearchDocument[] = [{ id: 1, title: 'o’neil', body: 'كا\u200Cزاخستان', titlePlain: '', bodyPlain: '' }];
    expect(indexDigest(raw, ASCII)).not.toBe(indexDigest(raw, UNICODE61));
  });

  it.skipIf(!antAvailable)('indexes ANT articles byte for byte as unicode61 did (every sixth; needs ../shared/data)', () => {
    const lines = zlib.gunzipSync(fs.readFileSync(ANT_FILE)).toString('utf8').split('\n').filter((line, index) => line.trim() !== '' && index % 6 === 0);
    const documents = lines.map((line, index) => {
      const record = JSON.parse(line) as { title: string; body: string };
      return documentOf(index + 1, record.title, record.body);
    });
    expect(documents.length).toBeGreaterThan(5_000);
    expect(indexDigest(documents, ASCII)).toBe(indexDigest(documents, UNICODE61));
  }, 120_000);
});

describe('migration 2026-12-02T0100: the search index with the ascii tokenizer', () => {
  const databaseAt = databasesAtMigration();

  async function databaseBefore() {
    const { sqlite, db } = await databaseAt('2026-11-30T0100-signature-bands-one-index');
    sqlite.prepare("INSERT INTO meta (key, value) VALUES ('search_index_version', 'old')").run();
    sqlite.prepare("INSERT INTO article_search (rowid, title, body, title_plain, body_plain) VALUES (1, 'عقوب', 'كازاخستان', '', '')").run();
    return { sqlite, db };
  }

  const tableSql = (sqlite: SQLite.Database) => (sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'article_search'").get() as { sql: string }).sql;
  const version = (sqlite: SQLite.Database) => sqlite.prepare("SELECT value FROM meta WHERE key = 'search_index_version'").get();

  it('makes the index anew with the ascii tokenizer and leaves its rebuild to the next start', async () => {
    const { sqlite, db } = await databaseBefore();
    expect(tableSql(sqlite)).toContain('unicode61');
    await migrateToLatest(db);
    expect(tableSql(sqlite)).toContain("tokenize = \"ascii tokenchars '.'\"");
    expect(sqlite.prepare('SELECT count(*) AS n FROM article_search').get()).toEqual({ n: 0 });
    expect(version(sqlite)).toBeUndefined();
    // The vocabulary reads the new table.
    sqlite.prepare("INSERT INTO article_search (rowid, title, body, title_plain, body_plain) VALUES (2, 'عقوب', 'كازاخستان كازاخستان', '', '')").run();
    expect(sqlite.prepare("SELECT term, doc FROM article_search_vocab WHERE term = 'كازاخستان'").all()).toEqual([{ term: 'كازاخستان', doc: 1 }]);
    expect(sqlite.prepare("SELECT rowid FROM article_search WHERE article_search MATCH '\"كازاخستان\"'").all()).toEqual([{ rowid: 2 }]);
  });

  it('ends the same when run again, and down goes back to unicode61', async () => {
    const { sqlite, db } = await databaseBefore();
    await migrateToLatest(db);
    await asciiTokenizer.up(db);
    expect(tableSql(sqlite)).toContain('ascii');
    await asciiTokenizer.down(db);
    expect(tableSql(sqlite)).toContain('unicode61');
    expect(sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'article_search_vocab'").get()).toEqual({ n: 1 });
  });
});
