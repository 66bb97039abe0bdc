/** The one Database interface, composed from each feature's table file. */
import type { ArticleTable, CategoryTable } from '../articles/article.table.ts';
import type { RelatedTables } from '../related/related.table.ts';

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database extends RelatedTables {
  articles: ArticleTable;
  categories: CategoryTable;
  meta: MetaTable;
}
