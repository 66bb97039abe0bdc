/** What every route plugin is given: the database and the validated configuration. */
import type { Kysely } from 'kysely';
import type { SahifaConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';

export interface AppContext {
  db: Kysely<Database>;
  config: SahifaConfig;
}
