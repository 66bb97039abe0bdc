/**
 * The articles one write touched, read and analyzed once for all the steps of afterArticlesWritten
 * (duplicates, search index, entity tags, categories, related stories): each step used to read the
 * rows again, parse their sections again and run the analyzer over the same text a second time.
 * Steps that change a row (its duplicate group, its section) record the change here, so that the
 * steps after them read what the database now holds.
 *
 * What a step derives from an article's text alone (a signature, index fields, term counts) is an
 * `ArticleDerivation`: computed here once, or handed in ready by a bulk writer that derived it ahead
 * in a worker thread (`PreparedArticles`), checked against the text actually written before use.
 * The stored sections are parsed only when a step reads them: with every value handed in, none does.
 */
import { analyzeText, type AnalyzedText } from '../arabic/analyze.ts';
import { articleBodyText } from './article-body-text.ts';
import { findWrittenArticleRows, type Queryable } from './article.repository.ts';
import type { ArticleSection } from './article.ts';
import type { ArticleStatus } from './article.table.ts';

export interface WrittenArticle {
  id: number;
  externalId: string | null;
  title: string;
  imageCaption: string | null;
  /** Parsed from the stored JSON on first read. */
  readonly sections: ArticleSection[];
  categoryId: number | null;
  source: string | null;
  publishedAt: string;
  status: ArticleStatus;
  duplicateOf: number | null;
}

/** The analyzer's words of the headline and of the body (`articleBodyText`). */
export interface ArticleAnalysis {
  title: AnalyzedText;
  body: AnalyzedText;
}

/** What a derivation reads: the headline, the body (`articleBodyText`), and their analysis, made once on first use. */
export interface DerivationInput {
  title: string;
  body: string;
  analysis(): ArticleAnalysis;
}

/**
 * A value a step of afterArticlesWritten derives from an article's text and nothing else, so that it may
 * be derived anywhere (in a worker, ahead of the write) with the same result. `name` keys it. A value
 * that is slow to copy between threads (structured clone rebuilds a Map entry by entry on the
 * receiving thread, the writer's) says how it travels compactly: `pack` where it is derived ahead,
 * `unpack` where it is used, and `unpack(pack(value))` equals `value`.
 */
export interface ArticleDerivation<T, Packed = T> {
  readonly name: string;
  derive(input: DerivationInput): T;
  pack?(value: T): Packed;
  unpack?(packed: Packed): T;
}

/** Values derived ahead of a write, packed, and the text they were derived from. */
export interface PreparedArticle {
  title: string;
  /** The article's sections as stored (JSON): the body they were derived from is `articleBodyText` of them. */
  sections: string;
  /** Packed values (`ArticleDerivation.pack`), by derivation name. */
  derived: Readonly<Record<string, unknown>>;
}

/** Prepared articles by external id. */
export type PreparedArticles = ReadonlyMap<string, PreparedArticle>;

interface Entry {
  article: WrittenArticle;
  /** The stored JSON of `article.sections`. */
  sectionsJson: string;
  body?: string;
  analysis?: ArticleAnalysis;
  derived?: Map<string, unknown>;
  prepared?: PreparedArticle;
}

export class WrittenArticles {
  private readonly entries = new Map<number, Entry>();

  private constructor(private readonly prepared: PreparedArticles | undefined) {}

  /** The articles of `ids` that exist (a deleted id is simply absent), with what a bulk writer derived ahead of them. */
  static async read(db: Queryable, ids: readonly number[], prepared?: PreparedArticles): Promise<WrittenArticles> {
    const written = new WrittenArticles(prepared);
    await written.include(db, ids);
    return written;
  }

  /** Reads those of `ids` not read yet (articles a step found it must also update). */
  async include(db: Queryable, ids: readonly number[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.entries.has(id));
    for (const row of await findWrittenArticleRows(db, missing)) {
      let sections: ArticleSection[] | undefined;
      this.entries.set(row.id, {
        article: {
          id: row.id,
          externalId: row.external_id,
          title: row.title,
          imageCaption: row.image_caption,
          get sections() {
            return (sections ??= JSON.parse(row.sections) as ArticleSection[]);
          },
          categoryId: row.category_id,
          source: row.source,
          publishedAt: row.published_at,
          status: row.status,
          duplicateOf: row.duplicate_of,
        },
        sectionsJson: row.sections,
        prepared: row.external_id === null ? undefined : this.prepared?.get(row.external_id),
      });
    }
  }

  get(id: number): WrittenArticle | undefined {
    return this.entries.get(id)?.article;
  }

  /** The existing articles among `ids`, in the order of `ids`. */
  pick(ids: readonly number[]): WrittenArticle[] {
    return ids.flatMap((id) => this.entries.get(id)?.article ?? []);
  }

  /** `articleBodyText` of the article, built once. */
  bodyText(article: WrittenArticle): string {
    const entry = this.entryOf(article);
    entry.body ??= articleBodyText(entry.article.sections);
    return entry.body;
  }

  /** The analyzer's words of the headline and body, analyzed once for the search index and the related-stories terms. */
  analysis(article: WrittenArticle): ArticleAnalysis {
    const entry = this.entryOf(article);
    entry.analysis ??= { title: analyzeText(entry.article.title), body: analyzeText(this.bodyText(article)) };
    return entry.analysis;
  }

  /**
   * The derivation's value for the article: handed in by the writer if derived ahead from the same
   * headline and sections (so the same body), else derived now (once).
   */
  derived<T, Packed>(article: WrittenArticle, derivation: ArticleDerivation<T, Packed>): T {
    const entry = this.entryOf(article);
    entry.derived ??= new Map();
    if (entry.derived.has(derivation.name)) return entry.derived.get(derivation.name) as T;
    const prepared = entry.prepared;
    const ahead = prepared && prepared.title === article.title && prepared.sections === entry.sectionsJson ? prepared.derived : undefined;
    const value =
      ahead && derivation.name in ahead
        ? derivation.unpack
          ? derivation.unpack(ahead[derivation.name] as Packed)
          : (ahead[derivation.name] as T)
        : derivation.derive({ title: article.title, body: this.bodyText(article), analysis: () => this.analysis(article) });
    entry.derived.set(derivation.name, value);
    return value;
  }

  /** Records a new `duplicate_of` written for the article (if it is one of these). */
  setDuplicateOf(id: number, original: number | null): void {
    const entry = this.entries.get(id);
    if (entry) entry.article.duplicateOf = original;
  }

  /** Records a new `category_id` written for the article (if it is one of these). */
  setCategoryId(id: number, categoryId: number): void {
    const entry = this.entries.get(id);
    if (entry) entry.article.categoryId = categoryId;
  }

  private entryOf(article: WrittenArticle): Entry {
    const entry = this.entries.get(article.id);
    if (!entry || entry.article !== article) throw new Error(`article ${article.id} is not one of these written articles`);
    return entry;
  }
}
