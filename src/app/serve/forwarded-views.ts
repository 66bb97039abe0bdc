/**
 * Views counted across the processes of `sahifa serve --workers`: a worker's beacon route hands each
 * view to the primary over the cluster's IPC channel, and the primary's one `ViewCounter` counts it, so
 * that a reader whose page loads reach different workers still counts once a day, and the cap on one
 * client's views holds across workers.
 */
import type { Worker } from 'node:cluster';
import type { ViewRecorder, ViewRequest } from '../../most-read/view-counter.ts';

const VIEW_MESSAGE = 'sahifa:view';

interface ViewMessage {
  type: typeof VIEW_MESSAGE;
  view: ViewRequest;
}

function isViewMessage(message: unknown): message is ViewMessage {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== VIEW_MESSAGE) return false;
  const view = (message as { view?: Partial<ViewRequest> }).view;
  return (
    typeof view === 'object' &&
    view !== null &&
    Number.isSafeInteger(view.articleId) &&
    typeof view.ip === 'string' &&
    (view.userAgent === undefined || typeof view.userAgent === 'string')
  );
}

/** In a worker: views go to the primary (the beacon answers 204 whatever the count, so nothing waits for it). */
export function forwardViewsToPrimary(send: (message: ViewMessage) => void): ViewRecorder {
  return {
    async record(view) {
      send({ type: VIEW_MESSAGE, view: { articleId: view.articleId, ip: view.ip, userAgent: view.userAgent } });
    },
  };
}

/** In the primary: counts the views a worker forwards. */
export function countForwardedViews(worker: Pick<Worker, 'on'>, counter: ViewRecorder, onError: (error: unknown) => void): void {
  worker.on('message', (message: unknown) => {
    if (isViewMessage(message)) counter.record(message.view).catch(onError);
  });
}
