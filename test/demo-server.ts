/** Starts the real `sahifa serve --demo` on a temporary database and a free port of 127.0.0.1, as `npm start` does. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createTemporaryDirectory } from '../src/test-support/test-database.ts';
import { SAHIFA_BIN } from './run-cli.ts';

export interface DemoServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  baseUrl: string;
  /** The server's database file, which other `sahifa` commands may write to meanwhile. */
  databasePath: string;
  child: ChildProcess;
  /** Stops the server (SIGTERM, as a service manager would) and removes its database. */
  stop(): Promise<void>;
}

function waitForServing(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/serving (http:\/\/[^/\s]+)\//);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** `environment` adds to or overrides the server's environment (say, `LOG_LEVEL`). */
export async function startDemoServer(environment: Record<string, string> = {}): Promise<DemoServer> {
  const temporary = createTemporaryDirectory();
  const databasePath = path.join(temporary.directory, 'sahifa.db');
  const child = spawn(process.execPath, [SAHIFA_BIN, 'serve', '--demo', '--host', '127.0.0.1', '--port', '0', '--db', databasePath], {
    env: { ...process.env, LOG_LEVEL: 'warn', SAHIFA_BASE_URL: '', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let baseUrl: string;
  try {
    baseUrl = await waitForServing(child);
  } catch (error) {
    child.kill('SIGKILL');
    temporary.remove();
    throw error;
  }
  return {
    baseUrl,
    databasePath,
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      temporary.remove();
    },
  };
}
