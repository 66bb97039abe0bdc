/** The one Database interface, composed from each feature's table file. */
import type { ArticleTable, CategoryTable } from '../articles/article.table.ts';
import type { RelatedTables } from '../related/related.table.ts';
import type { CategoryModelTable } from '../categories/categories.table.ts';
import type { ArticleSignatureBandTable, ArticleSignatureTable } from '../duplicates/duplicates.table.ts';
import type { ArticleEntityTable, EntityNameSightingTable, EntityNameTable, EntityTable } from '../tags/entity.table.ts';
import type { ArticleImageTable } from '../images/article-image.table.ts';
import type { ArticleViewsTable } from '../most-read/article-views.table.ts';

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database extends RelatedTables {
  articles: ArticleTable;
  categories: CategoryTable;
  meta: MetaTable;
  article_signatures: ArticleSignatureTable;
  article_signature_bands: ArticleSignatureBandTable;
  category_models: CategoryModelTable;
  entities: EntityTable;
  article_entities: ArticleEntityTable;
  entity_names: EntityNameTable;
  entity_name_sightings: EntityNameSightingTable;
  article_views: ArticleViewsTable;
  article_images: ArticleImageTable;
}
