/**
 * Lead images named by import records (`"image": "photos/a.jpg"`, relative to the JSON Lines file):
 * checked with the rest of the file before anything is written, stored on disk before each batch's
 * transaction (content-addressed files are harmless if it fails), attached inside it.
 */
import path from 'node:path';
import { findArticleIdByExternalId, type Queryable } from '../../articles/article.repository.ts';
import { attachArticleImage } from '../../images/attach-article-image.ts';
import { ImageError } from '../../images/image-error.ts';
import { ImageStore, type StoredImage } from '../../images/image-store.ts';
import { readImageFile } from '../../images/read-image-file.ts';
import { localImagePath, type ImportRecord } from './import-record.ts';

export function resolveImagePath(jsonlPath: string, record: Pick<ImportRecord, 'image'>): string | null {
  const image = localImagePath(record);
  return image === null ? null : path.resolve(path.dirname(jsonlPath), image);
}

/** Why the record's image cannot be used, or null when it can (or there is none to check). */
export async function checkRecordImage(jsonlPath: string, record: ImportRecord, imagesDirectory: string | undefined): Promise<string | null> {
  const imagePath = resolveImagePath(jsonlPath, record);
  if (imagePath === null) return null;
  if (imagesDirectory === undefined) return 'image: no images folder to store it in';
  try {
    await readImageFile(imagePath);
    return null;
  } catch (error) {
    if (error instanceof ImageError) return `image: ${error.message}`;
    throw error;
  }
}

export async function storeRecordImages(
  jsonlPath: string,
  records: Pick<ImportRecord, 'id' | 'image'>[],
  store: ImageStore | undefined,
): Promise<Map<string, StoredImage>> {
  const stored = new Map<string, StoredImage>();
  for (const record of records) {
    const imagePath = resolveImagePath(jsonlPath, record);
    if (imagePath === null || store === undefined) continue;
    stored.set(String(record.id).trim(), await store.save(await readImageFile(imagePath)));
  }
  return stored;
}

/** Attaches the stored images to their articles (new or already present); returns how many changed. */
export async function attachRecordImages(trx: Queryable, images: Map<string, StoredImage>, now: Date): Promise<number> {
  let attached = 0;
  for (const [externalId, image] of images) {
    const id = await findArticleIdByExternalId(trx, externalId);
    if (id !== undefined && (await attachArticleImage(trx, id, image, now))) attached += 1;
  }
  return attached;
}
