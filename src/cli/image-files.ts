/** Reading and storing lead images for commands, with image problems reported as one clear CLI error. */
import { ImageError } from '../images/image-error.ts';
import { ImageStore, type StoredImage } from '../images/image-store.ts';
import { readImageFile, type ValidatedImage } from '../images/read-image-file.ts';
import { CliError } from './cli-error.ts';

async function asCliError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImageError) throw new CliError(error.message);
    throw error;
  }
}

export function readImageForCli(filePath: string): Promise<ValidatedImage> {
  return asCliError(() => readImageFile(filePath));
}

export function storeImageForCli(imagesDirectory: string, image: ValidatedImage): Promise<StoredImage> {
  return asCliError(() => new ImageStore(imagesDirectory).save(image));
}
