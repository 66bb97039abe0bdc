/** The raw-copy parser: pasted copy in, a parsed article out. */
export { parseRawCopy, type ParseRawCopyOptions } from './parse-raw-copy.ts';
export { RawCopyError } from './raw-copy-error.ts';
export { structureBody } from './sections.ts';
