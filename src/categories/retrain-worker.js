// Trains the category classifier off the main thread (see train-in-background.ts). Plain JavaScript, as
// bin/sahifa.js: a worker starts without the parent's TypeScript loader, so it registers tsx itself.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { retrainStoredModel } = await import('./retrain-worker-task.ts');
try {
  parentPort.postMessage({ ok: true, result: await retrainStoredModel(workerData.databasePath) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
