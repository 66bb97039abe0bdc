/**
 * The section taxonomy as editors keep it: the default sections (taxonomy.ts) are created once, then
 * editors add, rename and reorder them. Slugs are permanent (they are the sections' URLs and what
 * imports map onto); names are Arabic, as readers see them.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';
import {
  findCategoryBySlug,
  insertCategory,
  listCategories,
  renameCategory,
  setCategoryPositions,
  type Queryable,
} from './article.repository.ts';
import type { CategoryRow } from './article.table.ts';
import { TAXONOMY } from './taxonomy.ts';

export class SectionError extends Error {
  override name = 'SectionError';
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 40;
const MAX_NAME = 40;
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
const CONTROL = /[\p{Cc}\p{Cf}]/u;
const SEEDED_KEY = 'default_sections_created_at';

export function checkSectionSlug(slug: string): string {
  if (!SLUG.test(slug) || slug.length > MAX_SLUG) {
    throw new SectionError(`invalid slug "${slug}": use at most ${MAX_SLUG} lowercase Latin letters and digits, words joined by single hyphens (e.g. middle-east)`);
  }
  return slug;
}

export function checkSectionName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > MAX_NAME) throw new SectionError(`a section name has 2 to ${MAX_NAME} characters: "${name}" has ${name.length}`);
  if (CONTROL.test(name)) throw new SectionError(`the section name "${name}" holds invisible or control characters`);
  if (!ARABIC_LETTER.test(name)) throw new SectionError(`section names are Arabic, as readers see them: "${name}" has no Arabic letter`);
  return name;
}

async function requireSection(db: Queryable, slug: string): Promise<CategoryRow> {
  const section = await findCategoryBySlug(db, slug);
  if (section) return section;
  const known = (await listCategories(db)).map((row) => row.slug);
  throw new SectionError(`no section "${slug}"${known.length > 0 ? ` (sections: ${known.join(', ')})` : ''}`);
}

async function checkNameFree(db: Queryable, name: string, except?: number): Promise<void> {
  const key = normalizeArabic(name);
  const taken = (await listCategories(db)).find((row) => row.id !== except && normalizeArabic(row.name) === key);
  if (taken) throw new SectionError(`the section "${taken.slug}" is already called "${taken.name}"`);
}

/** Creates the default sections once (those missing), so that a new site starts with its taxonomy; never again after. */
export async function ensureDefaultSections(db: Queryable, now = new Date()): Promise<number> {
  if (await readMeta(db, SEEDED_KEY)) return 0;
  return db.transaction().execute(async (trx) => {
    let created = 0;
    for (const entry of TAXONOMY) {
      if (await findCategoryBySlug(trx, entry.slug)) continue;
      await insertCategory(trx, { slug: entry.slug, name: entry.name });
      created += 1;
    }
    await writeMeta(trx, SEEDED_KEY, now.toISOString());
    return created;
  });
}

export async function addSection(db: Queryable, slug: string, name: string, options: { after?: string } = {}): Promise<CategoryRow> {
  checkSectionSlug(slug);
  const checkedName = checkSectionName(name);
  return db.transaction().execute(async (trx) => {
    if (await findCategoryBySlug(trx, slug)) throw new SectionError(`a section "${slug}" already exists`);
    await checkNameFree(trx, checkedName);
    const after = options.after === undefined ? undefined : await requireSection(trx, options.after);
    const id = await insertCategory(trx, { slug, name: checkedName });
    if (after) {
      const order = (await listCategories(trx)).map((row) => row.id).filter((other) => other !== id);
      order.splice(order.indexOf(after.id) + 1, 0, id);
      await setCategoryPositions(trx, order);
    }
    return (await findCategoryBySlug(trx, slug)) as CategoryRow;
  });
}

export async function renameSection(db: Queryable, slug: string, name: string): Promise<CategoryRow> {
  const checkedName = checkSectionName(name);
  return db.transaction().execute(async (trx) => {
    const section = await requireSection(trx, slug);
    await checkNameFree(trx, checkedName, section.id);
    await renameCategory(trx, section.id, checkedName);
    return { ...section, name: checkedName };
  });
}

/** Puts the named sections first, in the order given; the others keep their order after them. */
export async function reorderSections(db: Queryable, slugs: readonly string[]): Promise<CategoryRow[]> {
  const repeated = slugs.find((slug, index) => slugs.indexOf(slug) !== index);
  if (repeated !== undefined) throw new SectionError(`"${repeated}" is named twice`);
  return db.transaction().execute(async (trx) => {
    const first = [];
    for (const slug of slugs) first.push(await requireSection(trx, slug));
    const named = new Set(first.map((row) => row.id));
    const rest = (await listCategories(trx)).filter((row) => !named.has(row.id));
    await setCategoryPositions(trx, [...first, ...rest].map((row) => row.id));
    return listCategories(trx);
  });
}
