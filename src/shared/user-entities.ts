/**
 * The reader's own entities: people, organisations and places the bundled KB does not know (a
 * colleague, a local council), added on the options page or imported from a JSON file. Checked
 * field by field on the way in, so a bad file is refused whole with a message naming the entry
 * and the field, and nothing already saved is lost.
 */
import { AliasType } from '../core/kb/lookup.js';
import type { MemoryEntity } from '../core/kb/memory-kb.js';
import { MemoryKb } from '../core/kb/memory-kb.js';

export const USER_ENTITIES_KEY = 'userEntities';
/** Enough for any reader's list; bounds the work of every annotate. */
export const MAX_USER_ENTITIES = 2000;
const MAX_TEXT = 500;

export type UserEntityKind = 'person' | 'org' | 'place';

export interface UserEntity {
  id: string;
  kind: UserEntityKind;
  name: string;
  aliases: string[];
  description: string;
  url?: string;
  /** When the reader last saved it (YYYY-MM-DD): the card's as-of date. */
  updated: string;
}

export type ParseResult = { ok: true; entities: UserEntity[] } | { ok: false; error: string };

const KINDS: readonly UserEntityKind[] = ['person', 'org', 'place'];

function text(value: unknown, where: string, required: boolean): string | { error: string } {
  if (value === undefined || value === null || value === '') {
    return required ? { error: `${where} is missing` } : '';
  }
  if (typeof value !== 'string') return { error: `${where} must be text` };
  const trimmed = value.trim();
  if (required && !trimmed) return { error: `${where} is empty` };
  if (trimmed.length > MAX_TEXT) return { error: `${where} is longer than ${MAX_TEXT} characters` };
  return trimmed;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Validates a list of entities (from storage or an imported file). */
export function parseUserEntities(raw: unknown, today: string): ParseResult {
  if (!Array.isArray(raw)) return { ok: false, error: 'expected a JSON array of entities' };
  if (raw.length > MAX_USER_ENTITIES) return { ok: false, error: `more than ${MAX_USER_ENTITIES} entities` };
  const out: UserEntity[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const where = `entity ${i + 1}`;
    const item: unknown = raw[i];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { ok: false, error: `${where} is not an object` };
    const r = item as Record<string, unknown>;
    const name = text(r['name'], `${where}: name`, true);
    if (typeof name !== 'string') return { ok: false, error: name.error };
    const kind = r['kind'];
    if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
      return { ok: false, error: `${where} (${name}): kind must be one of ${KINDS.join(', ')}` };
    }
    const description = text(r['description'], `${where} (${name}): description`, false);
    if (typeof description !== 'string') return { ok: false, error: description.error };
    const aliasesRaw = r['aliases'] ?? [];
    if (!Array.isArray(aliasesRaw) || aliasesRaw.some((a) => typeof a !== 'string')) {
      return { ok: false, error: `${where} (${name}): aliases must be a list of text` };
    }
    const aliases = [...new Set((aliasesRaw as string[]).map((a) => a.trim()).filter(Boolean))].slice(0, 20);
    const url = text(r['url'], `${where} (${name}): url`, false);
    if (typeof url !== 'string') return { ok: false, error: url.error };
    if (url && !isHttpUrl(url)) return { ok: false, error: `${where} (${name}): url must start with http:// or https://` };
    const updated = typeof r['updated'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r['updated']) ? r['updated'] : today;
    let id = typeof r['id'] === 'string' && /^user:[\w-]{1,40}$/.test(r['id']) ? r['id'] : '';
    if (!id || ids.has(id)) id = `user:${i + 1}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 24)}`;
    ids.add(id);
    out.push({ id, kind: kind as UserEntityKind, name, aliases, description, updated, ...(url ? { url } : {}) });
  }
  return { ok: true, entities: out };
}

/** The reader's entities as a KB: every alias is a full name, matched like any KB name. */
export function userKb(entities: readonly UserEntity[]): MemoryKb {
  const records: MemoryEntity[] = entities.map((e) => ({
    // Highest prominence: a name the reader defined wins a tie with the bundled KB.
    head: { id: e.id, kind: e.kind, name: e.name, prominence: 1000 },
    aliases: e.aliases.map((name) => ({ name, type: AliasType.Full })),
    card: {
      description: e.description,
      facts: [{ label: 'Added by', value: 'you', source: 'your own entities', asOf: e.updated }],
      ...(e.url ? { url: e.url } : {}),
    },
  }));
  return new MemoryKb(records);
}
