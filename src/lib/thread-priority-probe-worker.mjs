// A pool worker for thread-priority.test.ts: registers tsx (workers do not inherit the loader), then serves.
import { register } from 'tsx/esm/api';

register();
await import('./thread-priority-probe-worker.ts');
