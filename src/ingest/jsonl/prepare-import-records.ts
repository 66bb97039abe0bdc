/**
 * What an import makes of its lines before the write, in a worker thread for large files: each line
 * read as a record (the writing thread sends the raw line, so that it never parses it again), the
 * article rows (without their section, which the writer resolves in the database), everything
 * afterArticlesWritten derives from the text (`deriveAhead`, packed), and the entity extractions, so
 * that the writing thread only writes. Records the database already holds get their row only (to be
 * counted as present), nothing derived.
 */
import { articleBodyText } from '../../articles/article-body-text.ts';
import { toNewArticleRow } from '../../articles/article-mapper.ts';
import type { NewArticleRow } from '../../articles/article.table.ts';
import { deriveAhead } from '../../publishing/article-derivations.ts';
import { entityTextOf } from '../../tags/entity-text.ts';
import type { ArticleExtraction } from '../../tags/extract-article-tags.ts';
import { checkImportLine, type ImportRecord } from './import-record.ts';
import { importRecordToDraft } from './record-draft.ts';

export interface LineToPrepare {
  /** The line as read from the file, checked once already (`checkImportLine`). */
  text: string;
  /** Its record is already in the database: only its row is made. */
  known: boolean;
}

export interface ImportBatchToPrepare {
  lines: LineToPrepare[];
  /** ISO 8601: the import's `now`. */
  importedAt: string;
  /** Derive the afterArticlesWritten values (`deriveAhead`) of the new articles. */
  derive: boolean;
  /** Extract the new articles' entities, with the name memory sent as the worker's context. */
  extract: boolean;
}

/** `extractArticleTags` with the name memory of the batch. */
export type ExtractTags = (text: string, publishedAt: string) => ArticleExtraction;

/** What the writer needs of the record itself besides its row. */
export type RecordFields = Pick<ImportRecord, 'id' | 'category' | 'image'>;

export interface PreparedRecord {
  /**
   * Undefined when the line no longer reads as a valid record (the file changed after it was checked):
   * the line is skipped, as it would have been had the check seen it so.
   */
  record?: RecordFields;
  /** Null when the body holds no article text. */
  row: NewArticleRow | null;
  /** `PreparedArticle.derived`, from the row's title and sections. */
  derived?: Record<string, unknown>;
  /** `entityTextOf` the article, and its extraction. */
  tagText?: string;
  extraction?: ArticleExtraction;
}

export function prepareImportRecords(batch: ImportBatchToPrepare, extract: ExtractTags | undefined): PreparedRecord[] {
  const importedAt = new Date(batch.importedAt);
  return batch.lines.map(({ text, known }) => {
    const check = checkImportLine(text);
    if (check.kind !== 'valid') return { row: null };
    const { record } = check;
    const fields: RecordFields = { id: record.id, category: record.category, image: record.image };
    const draft = importRecordToDraft(record, check.publishedAt, null, importedAt);
    if (!draft) return { record: fields, row: null };
    const row = toNewArticleRow(draft, importedAt);
    if (known) return { record: fields, row };
    const prepared: PreparedRecord = { record: fields, row };
    if (batch.derive) prepared.derived = deriveAhead(draft.title, articleBodyText(draft.sections));
    if (batch.extract) {
      if (!extract) throw new Error('prepareImportRecords: extraction asked for without an extractor');
      prepared.tagText = entityTextOf({ title: draft.title, imageCaption: draft.image?.caption ?? null, sections: draft.sections });
      prepared.extraction = extract(prepared.tagText, draft.publishedAt);
    }
    return prepared;
  });
}
