/** Streams the lines of a JSON Lines file, gzipped or not (recognised by its magic bytes, not its name). */
import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';

export interface NumberedLine {
  lineNumber: number;
  text: string;
}

const GZIP_MAGIC = [0x1f, 0x8b];

async function isGzipFile(filePath: string): Promise<boolean> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1];
  } finally {
    await handle.close();
  }
}

export async function* readJsonlLines(filePath: string): AsyncGenerator<NumberedLine> {
  const gzipped = await isGzipFile(filePath);
  const file = fs.createReadStream(filePath);
  const stream: Readable = gzipped ? file.pipe(zlib.createGunzip()) : file;
  // Errors of the file or the gunzip stream (a truncated or corrupt archive) end the iteration with a clear message.
  if (gzipped) file.on('error', (error) => stream.destroy(error));
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const text of lines) {
      lineNumber += 1;
      yield { lineNumber, text: lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text };
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read ${gzipped ? 'gzip ' : ''}data after line ${lineNumber}: ${reason}`);
  } finally {
    lines.close();
    stream.destroy();
  }
}
