/**
 * A read that Kysely builds and compiles once, then runs with each call's values: building and
 * compiling a statement costs Kysely more than SQLite needs for a primary-key read (about 20 µs
 * against 5 for the article page's article row), and a page runs the same few reads on every request.
 * The builder is written as usual; it is compiled with distinct sample values, which must come out as
 * the statement's parameters in the same order (any other constant is written into the SQL by
 * `sql.lit` or fails here at once rather than being sent with the wrong value).
 */
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './database.ts';

type Parameter = string | number;

export function compiledOnce<Row, Args extends Parameter[]>(build: (db: Kysely<Database>, ...args: Args) => Compilable<Row>, samples: Args): (db: Kysely<Database>, ...args: Args) => Promise<Row[]> {
  // Compiled SQL depends on the handle's dialect and plugins: kept per handle (a transaction is one
  // too, and compiles its own), so that a PostgreSQL handle never runs SQLite's text.
  const texts = new WeakMap<Kysely<Database>, string>();
  return async (db, ...args) => {
    let text = texts.get(db);
    if (text === undefined) {
      const compiled = build(db, ...samples).compile();
      if (compiled.parameters.length !== samples.length || compiled.parameters.some((value, index) => value !== samples[index])) {
        throw new Error(`compiledOnce: the statement's parameters ${JSON.stringify(compiled.parameters)} are not its samples ${JSON.stringify(samples)}`);
      }
      text = compiled.sql;
      texts.set(db, text);
    }
    const result = await db.executeQuery<Row>(CompiledQuery.raw(text, args));
    return result.rows;
  };
}
