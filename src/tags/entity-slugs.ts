/** Unique slugs for new entities: the canonical name's slug, then with the type's Arabic word (`مصر-منظمة`), then numbered. */
import type { Kysely } from 'kysely';
import { slugify } from '../arabic/slug.ts';
import type { Database } from '../db/database.ts';
import { findTakenSlugs } from './entity.repository.ts';
import type { TagType } from './entity.table.ts';

const TYPE_WORDS: Record<TagType, string> = { PER: 'شخص', LOC: 'مكان', ORG: 'منظمة' };
const NUMBERED_TRIED_AT_ONCE = 8;

function candidates(canonical: string, type: TagType, from = 2): string[] {
  const base = slugify(canonical);
  const typed = `${base}-${TYPE_WORDS[type]}`;
  const numbered = Array.from({ length: NUMBERED_TRIED_AT_ONCE }, (_, index) => `${typed}-${from + index}`);
  return from === 2 ? [base, typed, ...numbered] : numbered;
}

/** Slugs for the given new entities, in order, unique among themselves and against the stored ones. */
export async function assignEntitySlugs(db: Kysely<Database>, entities: { type: TagType; canonical: string }[]): Promise<string[]> {
  const options = entities.map((entity) => candidates(entity.canonical, entity.type));
  const taken = await findTakenSlugs(db, [...new Set(options.flat())]);
  const slugs: string[] = [];
  for (const [index, entity] of entities.entries()) {
    let list = options[index]!;
    let free = list.find((slug) => !taken.has(slug));
    // Only when ten entities already share the name: look further, a few at a time.
    for (let from = 2 + NUMBERED_TRIED_AT_ONCE; free === undefined; from += NUMBERED_TRIED_AT_ONCE) {
      list = candidates(entity.canonical, entity.type, from);
      for (const slug of await findTakenSlugs(db, list)) taken.add(slug);
      free = list.find((slug) => !taken.has(slug));
    }
    taken.add(free);
    slugs.push(free);
  }
  return slugs;
}
