/** Converts between stored rows and the Article domain type. */
import { slugify } from '../arabic/slug.ts';
import type { ArticleWithCategoryRow } from './article.repository.ts';
import type { ArticleTeaserRow } from './article-teaser.repository.ts';
import type { NewArticleRow } from './article.table.ts';
import type { Article, ArticleDraft, ArticleSection, ArticleTeaser } from './article.ts';

export function toArticle(row: ArticleWithCategoryRow): Article {
  return { ...toArticleTeaserFields(row), sections: JSON.parse(row.sections) as ArticleSection[] };
}

export function toArticleTeaser(row: ArticleTeaserRow): ArticleTeaser {
  return { ...toArticleTeaserFields(row), firstParagraph: row.first_paragraph };
}

function toArticleTeaserFields(row: Omit<ArticleWithCategoryRow, 'sections'>): Omit<Article, 'sections'> {
  return {
    id: row.id,
    externalId: row.external_id,
    title: row.title,
    slug: row.slug,
    category:
      row.category_id !== null && row.category_slug !== null && row.category_name !== null
        ? { id: row.category_id, slug: row.category_slug, name: row.category_name }
        : null,
    source: row.source,
    sourceUrl: row.source_url,
    author: row.author,
    summary: row.summary,
    image:
      row.image_caption !== null
        ? { caption: row.image_caption, credit: row.image_credit, place: row.image_place, date: row.image_date }
        : null,
    dateline: row.dateline_place !== null ? { place: row.dateline_place, source: row.dateline_source } : null,
    status: row.status,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    duplicateOf: row.duplicate_of,
    categoryAutoFiled: row.category_auto_filed === 1,
    suggestedCategory:
      row.suggested_category_id !== null && row.suggested_slug !== null && row.suggested_name !== null
        ? { id: row.suggested_category_id, slug: row.suggested_slug, name: row.suggested_name, confidence: row.category_confidence ?? 0 }
        : null,
  };
}

export function toNewArticleRow(draft: ArticleDraft, now: Date): NewArticleRow {
  const timestamp = now.toISOString();
  return {
    external_id: draft.externalId ?? null,
    copy_hash: draft.copyHash ?? null,
    title: draft.title,
    slug: slugify(draft.title),
    category_id: draft.categoryId ?? null,
    source: draft.source ?? null,
    source_url: draft.sourceUrl ?? null,
    author: draft.author ?? null,
    summary: draft.summary ?? null,
    image_caption: draft.image?.caption ?? null,
    image_credit: draft.image?.credit ?? null,
    image_place: draft.image?.place ?? null,
    image_date: draft.image?.date ?? null,
    dateline_place: draft.dateline?.place ?? null,
    dateline_source: draft.dateline?.source ?? null,
    sections: JSON.stringify(draft.sections),
    first_paragraph: draft.sections.find((section) => section.paragraphs.length > 0)?.paragraphs[0] ?? null,
    status: draft.status ?? 'published',
    published_at: new Date(draft.publishedAt).toISOString(),
    created_at: timestamp,
    updated_at: timestamp,
  };
}
