/** A fresh, migrated database for a test, in memory or in a temporary file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../db/open-database.ts';

export async function createTestDatabase(): Promise<OpenedDatabase> {
  return openDatabase(':memory:');
}

/** A temporary directory removed by the returned cleanup function. */
export function createTemporaryDirectory(prefix = 'sahifa-test-'): { directory: string; remove: () => void } {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { directory, remove: () => fs.rmSync(directory, { recursive: true, force: true }) };
}
