/** The human-readable report of `article-context annotate FILE.html`. */
import type { Answer, PageArticle } from './page.js';

/** Characters of context shown on each side of a highlight. */
const CONTEXT_CHARS = 40;
/** Highlights listed in context; the rest are counted. */
const MAX_LISTED = 25;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export function summarise(file: string, article: PageArticle, answer: Answer): string {
  const out: string[] = [];
  const d = article.detection;
  out.push(`${file}`);
  out.push(`  article: ${article.found ? 'found' : 'none'}${d ? ` — ${d.reason}` : ''}`);
  if (d?.published) out.push(`  published: ${d.published}`);
  if (!article.text) {
    out.push('  the extension stays quiet on this page (use --force to annotate the best block anyway)');
    return out.join('\n');
  }
  out.push(`  text: ${article.text.length} characters; ${answer.mentions.length} highlights of ${Object.keys(answer.entities).length} entities`);
  out.push(`  begins: "${oneLine(article.text.slice(0, 120)).trim()}…"`);
  const byEntity = new Map<string, number>();
  for (const m of answer.mentions) byEntity.set(m.entityId, (byEntity.get(m.entityId) ?? 0) + 1);
  if (byEntity.size > 0) out.push('', '  cast (cards):');
  for (const [id, n] of [...byEntity].sort((a, b) => b[1] - a[1])) {
    const card = answer.entities[id];
    const name = card?.name ?? answer.mentions.find((m) => m.entityId === id)?.text ?? id;
    const kind = card?.kind ?? answer.mentions.find((m) => m.entityId === id)?.kind ?? '?';
    out.push(`    ${kind.padEnd(6)} ${name} ×${n}  [${id}]${card?.description ? ` — ${oneLine(card.description)}` : ''}`);
  }
  if (answer.mentions.length > 0) out.push('', '  highlights in context:');
  for (const m of answer.mentions.slice(0, MAX_LISTED)) {
    const before = oneLine(article.text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start));
    const after = oneLine(article.text.slice(m.end, m.end + CONTEXT_CHARS));
    out.push(`    ${String(m.start).padStart(6)}  …${before}[${m.text}]${after}…`);
  }
  if (answer.mentions.length > MAX_LISTED) out.push(`    … and ${answer.mentions.length - MAX_LISTED} more`);
  return out.join('\n');
}
