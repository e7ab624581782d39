/**
 * The article's cast for the popup: people first, ranked by how central the article makes them
 * (salience, then mentions), then organisations, places and figures.
 */
import type { AnnotateResult, EntityKind } from '../core/types.js';
import type { CastEntry } from '../shared/messages.js';

const KIND_ORDER: Record<EntityKind, number> = { person: 0, org: 1, place: 2, figure: 3 };

export function castOf(result: AnnotateResult): CastEntry[] {
  const counts = new Map<string, number>();
  for (const m of result.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const entries = Object.values(result.entities)
    .filter((card) => counts.has(card.id))
    .map((card) => ({
      card,
      entry: {
        id: card.id,
        name: card.kind === 'figure' ? (result.mentions.find((m) => m.entityId === card.id)?.text ?? card.name) : card.name,
        kind: card.kind,
        mentions: counts.get(card.id) ?? 0,
        ...(card.article?.rolePhrase ? { role: card.article.rolePhrase } : card.description ? { role: card.description } : {}),
      } satisfies CastEntry,
    }));
  entries.sort((a, b) => {
    const kind = KIND_ORDER[a.card.kind] - KIND_ORDER[b.card.kind];
    if (kind !== 0) return kind;
    const sa = a.card.article?.salienceRank ?? Number.MAX_SAFE_INTEGER;
    const sb = b.card.article?.salienceRank ?? Number.MAX_SAFE_INTEGER;
    if (sa !== sb) return sa - sb;
    return b.entry.mentions - a.entry.mentions || a.entry.name.localeCompare(b.entry.name);
  });
  return entries.map((e) => e.entry);
}
