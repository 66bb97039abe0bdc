import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test-support/test-database.ts';
import type { OpenedDatabase } from './open-database.ts';
import { compiledOnce } from './compiled-once.ts';

describe('compiledOnce', () => {
  let opened: OpenedDatabase;
  beforeEach(async () => {
    opened = await createTestDatabase();
    await opened.db.insertInto('meta').values([{ key: 'a', value: '1' }, { key: 'b', value: '2' }]).execute();
  });
  afterEach(() => opened.close());

  it('runs the statement it compiled once with each call’s values, also in a transaction', async () => {
    const read = compiledOnce((db, key: string) => db.selectFrom('meta').select('value').where('key', '=', key), ['sample']);
    expect(await read(opened.db, 'a')).toEqual([{ value: '1' }]);
    expect(await read(opened.db, 'b')).toEqual([{ value: '2' }]);
    expect(await read(opened.db, 'none')).toEqual([]);
    expect(await opened.db.transaction().execute((trx) => read(trx, 'b'))).toEqual([{ value: '2' }]);
  });

  it('refuses a statement whose parameters are not the sample values, in order', async () => {
    const withConstant = compiledOnce((db, key: string) => db.selectFrom('meta').select('value').where('key', '=', key).where('value', '!=', 'x'), ['sample']);
    await expect(withConstant(opened.db, 'a')).rejects.toThrow(/not its samples/);
    const withLiteral = compiledOnce((db, key: string) => db.selectFrom('meta').select('value').where('key', '=', key).where('value', '!=', sql.lit('x')), ['sample']);
    expect(await withLiteral(opened.db, 'a')).toEqual([{ value: '1' }]);
  });
});
