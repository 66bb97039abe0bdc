/** Related stories («اقرأ أيضاً», «قصص قد تهمك»): the public API of src/related. */
export { refreshRelatedStories, forgetRelatedStories, requeueRelatedStories, drainRelatedQueue, IMMEDIATE_LIMIT } from './refresh-related.ts';
export { ensureRelatedCurrent, rebuildRelatedIndex, RELATED_VERSION } from './ensure-related-current.ts';
export { getRelatedStories, getRelatedHeadlines, findRelatedIds, type RelatedStories, type RelatedHeadline } from './related-stories.ts';
export { countQueued as countQueuedRelated } from './related.repository.ts';
export { startRelatedDrainer, type RelatedDrainer } from './related-drainer.ts';
