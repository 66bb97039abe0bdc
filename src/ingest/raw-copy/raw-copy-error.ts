/** Raw copy that cannot become an article; the message says why, for the editor who pasted it. */
export class RawCopyError extends Error {
  override readonly name = 'RawCopyError';
}
