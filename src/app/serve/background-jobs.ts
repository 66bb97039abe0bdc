/**
 * The work a served site does besides answering requests: related-stories lists a bulk import queued,
 * and the classifier's training when its articles changed. One process per site runs it (the only
 * process, or the primary of `sahifa serve --workers`), so that no job runs twice on one database.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { startBackgroundTraining } from '../../categories/train-in-background.ts';
import type { Database } from '../../db/database.ts';
import { startRelatedDrainer } from '../../related/index.ts';

export interface BackgroundJobs {
  stop(): Promise<void>;
}

export function startBackgroundJobs(db: Kysely<Database>, databasePath: string, log: FastifyBaseLogger): BackgroundJobs {
  // Related-stories lists a bulk import queued are computed between requests.
  const drainer = startRelatedDrainer(db, { onError: (error) => log.error({ err: error }, 'related stories: background pass failed') });
  // The classifier trains in a worker thread when its articles changed: pages are served meanwhile.
  const training = startBackgroundTraining(db, databasePath, { info: (message) => log.info(message), error: (message) => log.error(message) });
  return {
    async stop() {
      await drainer.stop();
      await training.stop();
    },
  };
}
