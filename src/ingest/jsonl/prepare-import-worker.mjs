// Worker threads do not inherit the TypeScript loader of the thread that starts them: register tsx here, then run the worker.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-import-worker.ts');
