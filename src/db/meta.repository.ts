/** Facts about this Sahifa instance, kept in the `meta` key-value table. */
import type { Kysely } from 'kysely';
import { compiledOnce } from './compiled-once.ts';
import type { Database } from './database.ts';

// Every page reads the content version and when it changed.
const selectMeta = compiledOnce((db, key: string) => db.selectFrom('meta').select('value').where('key', '=', key), ['key']);

export async function readMeta(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const [row] = await selectMeta(db, key);
  return row?.value;
}

export async function writeMeta(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute();
}
