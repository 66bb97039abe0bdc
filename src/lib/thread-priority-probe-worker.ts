/** Answers each request with this worker thread's nice value (thread-priority.test.ts). */
import { serveWorkerRequests } from './serve-worker-requests.ts';
import { threadPriority } from './thread-priority.ts';

serveWorkerRequests<null, number | null, undefined>(undefined, () => threadPriority() ?? null);
