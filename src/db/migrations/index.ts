/** Every migration, in order; a static list so that it works the same under tsx, Vitest and a bundler. */
import type { Migration, MigrationProvider } from 'kysely';
import * as createArticles from './2026-11-27T2200-create-articles.ts';
import * as createSearchIndex from './2026-11-27T2300-create-search-index.ts';
import * as searchReads from './2026-11-28T0100-search-reads.ts';
import * as createEntities from './2026-11-28T0200-create-entities.ts';
import * as duplicatesAndCategorySuggestions from './2026-11-28T0300-duplicates-and-category-suggestions.ts';
import * as createRelated from './2026-11-28T0400-create-related.ts';
import * as createArticleViewsAndImages from './2026-11-28T0500-create-article-views-and-images.ts';
import * as relatedCountedTerms from './2026-11-28T1100-related-counted-terms.ts';
import * as entityNameSightings from './2026-11-28T1700-entity-name-sightings.ts';
import * as articleFirstParagraph from './2026-11-29T0400-article-first-paragraph.ts';
import * as signatureBandsOneIndex from './2026-11-30T0100-signature-bands-one-index.ts';
import * as searchIndexAsciiTokenizer from './2026-12-02T0100-search-index-ascii-tokenizer.ts';

const migrations: Record<string, Migration> = {
  '2026-11-27T2200-create-articles': createArticles,
  '2026-11-27T2300-create-search-index': createSearchIndex,
  '2026-11-28T0100-search-reads': searchReads,
  '2026-11-28T0200-create-entities': createEntities,
  '2026-11-28T0300-duplicates-and-category-suggestions': duplicatesAndCategorySuggestions,
  '2026-11-28T0400-create-related': createRelated,
  '2026-11-28T0500-create-article-views-and-images': createArticleViewsAndImages,
  '2026-11-28T1100-related-counted-terms': relatedCountedTerms,
  '2026-11-28T1700-entity-name-sightings': entityNameSightings,
  '2026-11-29T0400-article-first-paragraph': articleFirstParagraph,
  '2026-11-30T0100-signature-bands-one-index': signatureBandsOneIndex,
  '2026-12-02T0100-search-index-ascii-tokenizer': searchIndexAsciiTokenizer,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
