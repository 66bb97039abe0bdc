/** Finds or creates the category an incoming name (an import's `category`, an editor's choice) stands for. */
import { slugify } from '../arabic/slug.ts';
import { findCategoryByName, findCategoryBySlug, insertCategory, type Queryable } from './article.repository.ts';
import { findTaxonomyEntry } from './taxonomy.ts';

export async function resolveCategoryId(db: Queryable, name: string): Promise<number> {
  // A section an editor added or renamed is found by its slug or its current name.
  const own = (await findCategoryBySlug(db, name.trim())) ?? (await findCategoryByName(db, name.trim()));
  if (own) return own.id;
  const entry = findTaxonomyEntry(name);
  const slug = entry?.slug ?? slugify(name);
  const existing = await findCategoryBySlug(db, slug);
  if (existing) return existing.id;
  return insertCategory(db, { slug, name: entry?.name ?? name.trim() });
}

/**
 * Resolves many names with one lookup each, for bulk imports. The database is passed per call so that
 * the lookups run inside the caller's transaction.
 */
export function createCategoryResolver(): (db: Queryable, name: string) => Promise<number> {
  const known = new Map<string, number>();
  return async (db, name) => {
    const cached = known.get(name);
    if (cached !== undefined) return cached;
    const id = await resolveCategoryId(db, name);
    known.set(name, id);
    return id;
  };
}
