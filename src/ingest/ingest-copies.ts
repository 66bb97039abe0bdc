/** Stores parsed raw copies as articles in one transaction: all of them, or none. */
import { findArticleHeadline, type Queryable } from '../articles/article.repository.ts';
import type { ArticleDraft } from '../articles/article.ts';
import { resolveCategoryId } from '../articles/resolve-category.ts';
import { storeArticle } from '../publishing/store-article.ts';
import type { CopyFile } from './copy-files/read-copy-file.ts';
import { attachArticleImage } from '../images/attach-article-image.ts';
import type { StoredImage } from '../images/image-store.ts';

export interface CopyMetadata {
  category?: string | undefined;
  source?: string | undefined;
  /** A lead image (already stored on disk) for the copies, attached in the same transaction. */
  image?: StoredImage | undefined;
}

export interface IngestedCopy {
  filePath: string;
  id: number;
  title: string;
  slug: string;
  created: boolean;
}

export function copyToDraft(copy: CopyFile, categoryId: number | null, source: string | null, now: Date): ArticleDraft {
  const { article } = copy;
  return {
    copyHash: copy.copyHash,
    title: article.title,
    categoryId,
    // The dateline's agency is the story's source unless the editor named one.
    source: source ?? article.dateline?.source ?? null,
    image: article.image,
    dateline: article.dateline,
    sections: article.sections,
    publishedAt: article.publishedAt ?? now.toISOString(),
  };
}

export async function ingestCopies(
  db: Queryable,
  copies: CopyFile[],
  metadata: CopyMetadata = {},
  now = new Date(),
): Promise<IngestedCopy[]> {
  return db.transaction().execute(async (trx) => {
    const categoryId = metadata.category ? await resolveCategoryId(trx, metadata.category) : null;
    const results: IngestedCopy[] = [];
    for (const copy of copies) {
      const draft = copyToDraft(copy, categoryId, metadata.source ?? null, now);
      const stored = await storeArticle(trx, draft, now);
      if (metadata.image) await attachArticleImage(trx, stored.id, metadata.image, now);
      const headline = await findArticleHeadline(trx, stored.id);
      if (!headline) throw new Error(`article ${stored.id} vanished while being stored`);
      results.push({ filePath: copy.filePath, ...headline, created: stored.created });
    }
    return results;
  });
}
