/** The site's sections (its category taxonomy) and how categories of imported copy map onto them. */

export interface TaxonomyEntry {
  slug: string;
  name: string;
  /** Names other systems use for this section (the ANT corpus's keys, Arabic variants). */
  aliases: readonly string[];
}

export const TAXONOMY: readonly TaxonomyEntry[] = Object.freeze([
  { slug: 'middle-east', name: 'الشرق الأوسط', aliases: ['middleEast', 'middle east', 'الشرق الاوسط', 'عربي'] },
  { slug: 'international', name: 'سياسة دولية', aliases: ['internationalNews', 'international', 'world', 'دولي', 'عالمي', 'العالم'] },
  { slug: 'economy', name: 'اقتصاد', aliases: ['economy', 'business', 'الاقتصاد'] },
  { slug: 'sport', name: 'رياضة', aliases: ['sport', 'sports', 'الرياضة'] },
  { slug: 'technology', name: 'تكنولوجيا', aliases: ['technology', 'tech', 'science', 'التكنولوجيا', 'علوم وتكنولوجيا'] },
  { slug: 'culture', name: 'ثقافة', aliases: ['culture', 'arts', 'الثقافة', 'ثقافة وفن', 'فن'] },
]);

function aliasKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

const entryByAlias = new Map<string, TaxonomyEntry>();
for (const entry of TAXONOMY) {
  for (const alias of [entry.slug, entry.name, ...entry.aliases]) entryByAlias.set(aliasKey(alias), entry);
}

/** The taxonomy section an imported category name stands for, if any. */
export function findTaxonomyEntry(name: string): TaxonomyEntry | undefined {
  return entryByAlias.get(aliasKey(name));
}
