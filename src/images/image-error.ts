/** A file that cannot be a lead image, with a message that names the file and says why. */
export class ImageError extends Error {
  override name = 'ImageError';
}
