/** Why `sahifa serve` could not start serving, as one line for the command line to print. */
import type { SahifaConfig } from '../../config/config.ts';

export class ServeError extends Error {
  override name = 'ServeError';
}

export function describeListenFailure(error: unknown, config: SahifaConfig): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `port ${config.port} on ${config.host} is already in use (set PORT or --port)`;
  return `cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`;
}

/** The line that tells the operator (and the tests) where the site is. */
export function servingLine(config: SahifaConfig, processes: number): string {
  const listening = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const publicUrl = config.baseUrl === listening ? '' : `, public URL ${config.baseUrl}/`;
  const workers = processes > 1 ? `, ${processes} server processes` : '';
  return `Sahifa is serving ${listening}/ (database ${config.databasePath}${publicUrl}${workers})\n`;
}
