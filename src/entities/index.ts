/** Entity extraction for Arabic news: the public surface of src/entities. */
export { ENTITY_TYPES, type Entity, type EntityType } from './entity.ts';
export { extractEntities, extractEntitiesDetailed, type ExtractionResult, type ExtractOptions } from './extract-entities.ts';
export {
  emptyNameMemory,
  mergeNameMemories,
  nameGroup,
  NameMemoryError,
  parseNameMemory,
  pruneNameMemory,
  relearnGroups,
  rememberBatch,
  rememberNames,
  serializeNameMemory,
  type LearnedName,
  type NameMemory,
  type RememberedBatch,
  type RememberedName,
  type Sighting,
} from './names/name-memory.ts';
export { applyNameMemoryChange, nameMemoryChange, type NameMemoryChange } from './names/name-memory-change.ts';
