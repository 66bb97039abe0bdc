/**
 * Loads the demo content into a new site once: the reference article and a sample of the ANT corpus
 * (Apache-2.0, see NOTICE), both shipped in `demo/` so that nothing at run time needs `../shared`.
 */
import { fileURLToPath } from 'node:url';
import type { Queryable } from '../articles/article.repository.ts';
import { readCopyFile } from '../ingest/copy-files/read-copy-file.ts';
import { ingestCopies } from '../ingest/ingest-copies.ts';
import { importJsonl } from '../ingest/jsonl/import-jsonl.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';
import { retrainCategoryModel } from '../categories/retrain-category-model.ts';

const DEMO_DIRECTORY = new URL('../../demo/', import.meta.url);
export const DEMO_REFERENCE_ARTICLE = fileURLToPath(new URL('asharq-2023-02-28-blinken-kazakhstan.txt', DEMO_DIRECTORY));
export const DEMO_CORPUS_SAMPLE = fileURLToPath(new URL('ant-sample.jsonl.gz', DEMO_DIRECTORY));
const DEMO_LOADED_KEY = 'demo_content_loaded_at';

export interface DemoLoadResult {
  loaded: boolean;
  articles: number;
}

/** Loads the demo content unless it was loaded before (even if editors have since removed it). */
export async function loadDemoContentOnce(db: Queryable, now = new Date()): Promise<DemoLoadResult> {
  if (await readMeta(db, DEMO_LOADED_KEY)) return { loaded: false, articles: 0 };
  const reference = await readCopyFile(DEMO_REFERENCE_ARTICLE);
  const sample = await importJsonl(db, DEMO_CORPUS_SAMPLE, { now });
  // Trained on the sample's sections, the classifier files the reference article, which is raw copy without a section.
  await retrainCategoryModel(db, { now });
  const ingested = await ingestCopies(db, [reference], { source: 'asharq' }, now);
  await writeMeta(db, DEMO_LOADED_KEY, now.toISOString());
  return { loaded: true, articles: sample.imported + ingested.filter((copy) => copy.created).length };
}
