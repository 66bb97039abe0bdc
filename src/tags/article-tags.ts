/** From the entities extraction finds in one article to its tags: one per person, place or organization, with how often it is named. */
import type { Entity } from '../entities/index.ts';
import type { TagType } from './entity.table.ts';

export interface ArticleTag {
  type: TagType;
  canonical: string;
  mentions: number;
}

function isTagType(type: Entity['type']): type is TagType {
  return type === 'PER' || type === 'LOC' || type === 'ORG';
}

/** Most named first, then in order of first mention: the order the article page shows them in. */
export function tagsOf(entities: readonly Entity[]): ArticleTag[] {
  const byKey = new Map<string, ArticleTag & { first: number }>();
  for (const entity of entities) {
    if (!isTagType(entity.type) || entity.canonical.trim() === '') continue;
    const key = `${entity.type}\t${entity.canonical}`;
    const known = byKey.get(key);
    if (known) known.mentions += 1;
    else byKey.set(key, { type: entity.type, canonical: entity.canonical, mentions: 1, first: entity.start });
  }
  return [...byKey.values()]
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .map(({ type, canonical, mentions }) => ({ type, canonical, mentions }));
}
