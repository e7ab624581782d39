/**
 * Every message the extension's parts send each other, its payload and its answer, in one map.
 * Messages are checked at run time where they arrive (`parseRequest`): a message that does not
 * fit its shape is refused, whatever its sender claims.
 *
 * Directions (the name says who it goes to):
 * - `bg:*`      content script, popup or options page → background
 * - `content:*` popup → the content script of a tab
 */
import type { AnnotateResult, EntityCard, EntityKind, Mention } from '../core/types.js';
import { isEntityKind } from '../core/types.js';

/** Longest article text the background accepts: a million words is about six million chars. */
export const MAX_ANNOTATE_CHARS = 8_000_000;

/**
 * A text longer than this goes to the background in parts, and a result with more mentions
 * than RESULT_PAGE_MENTIONS comes back in pages: one message is serialised and parsed in one
 * task of the page, and a million-word article in one message would be a long task.
 */
export const LONG_TEXT_PART_CHARS = 400_000;
export const RESULT_PAGE_MENTIONS = 5_000;
/** Parts of one text: enough for MAX_ANNOTATE_CHARS. */
export const MAX_TEXT_PARTS = Math.ceil(MAX_ANNOTATE_CHARS / LONG_TEXT_PART_CHARS);

/** Most cards one `bg:cards` asks for: more than any article's cast. */
export const MAX_CARD_REFS = 2_000;

/** An entity's id with its number in the KB, as an annotate answer gave them. */
export interface CardRef {
  id: string;
  ref: number;
}

export interface CastEntry {
  id: string;
  name: string;
  kind: EntityKind;
  role?: string;
  mentions: number;
}

export interface PageState {
  /** The page's host name, for "on for this site". */
  site: string;
  articleFound: boolean;
  /** True while highlights are painted on this page. */
  painted: boolean;
  cast: CastEntry[];
}

export interface MessageMap {
  /**
   * The whole text, or (with `session`) its last part after `bg:textPart` sent the others. A
   * long result comes in pages: the answer holds the first, and `continued` says how many more
   * `bg:resultPage` gives.
   */
  'bg:annotate': {
    request: { text: string; url: string; date?: string; session?: string; parts?: number };
    response: AnnotateResult & { continued?: { session: string; pages: number } };
  };
  /** One part of a text too long for one message (see LONG_TEXT_PART_CHARS). */
  'bg:textPart': {
    request: { session: string; index: number; text: string };
    response: { received: number };
  };
  'bg:resultPage': {
    request: { session: string; page: number };
    response: { mentions: Mention[] };
  };
  /** The KB cards an annotate answer left pending (see `EntityCard.pendingRef`). */
  'bg:cards': {
    request: { refs: CardRef[] };
    response: Record<string, EntityCard>;
  };
  'bg:kbInfo': {
    request: Record<string, never>;
    response: KbInfo;
  };
  'content:getState': {
    request: Record<string, never>;
    response: PageState;
  };
  'content:jumpTo': {
    request: { entityId: string };
    response: { ok: boolean };
  };
  'content:highlightAnyway': {
    request: Record<string, never>;
    response: PageState;
  };
  'content:focusNext': {
    request: Record<string, never>;
    response: { ok: boolean };
  };
}

export interface KbInfo {
  entities: number;
  builtFrom: string;
  sources: { name: string; licence: string; attribution?: string; url?: string; asOf?: string }[];
  /** Lines the licences require us to show wherever we credit the data (GeoNames' CC BY). */
  attributions: string[];
}

export type MessageType = keyof MessageMap;
export type Request<T extends MessageType> = MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

/** A message as it travels: its type and payload. */
export type Envelope<T extends MessageType = MessageType> = { type: T; payload: Request<T> };

export function envelope<T extends MessageType>(type: T, payload: Request<T>): Envelope<T> {
  return { type, payload };
}

type Validator = (payload: Record<string, unknown>) => string | undefined;

const isString = (v: unknown): v is string => typeof v === 'string';
const empty: Validator = () => undefined;
const isSession = (v: unknown): v is string => isString(v) && v.length > 0 && v.length <= 64;
const isIndex = (v: unknown, below: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < below;

/** Checks of one side's incoming payloads, by message type: what that side accepts. */
export type Validators = Partial<Record<MessageType, Validator>>;

/**
 * What the background accepts. Kept apart from the content script's so that its bundle (which
 * every page pays for) carries only the checks it runs.
 */
export const BACKGROUND_REQUESTS: Validators = {
  'bg:annotate': (p) => {
    if (!isString(p['text'])) return 'text must be a string';
    if (p['text'].length > MAX_ANNOTATE_CHARS) return `text longer than ${MAX_ANNOTATE_CHARS} characters`;
    if (!isString(p['url'])) return 'url must be a string';
    if (p['date'] !== undefined && !isString(p['date'])) return 'date must be a string';
    if (p['session'] !== undefined || p['parts'] !== undefined) {
      if (!isSession(p['session'])) return 'session must be a short string';
      if (!isIndex(p['parts'], MAX_TEXT_PARTS + 1) || p['parts'] === 0) return `parts must be an integer from 1 to ${MAX_TEXT_PARTS}`;
    }
    return undefined;
  },
  'bg:textPart': (p) => {
    if (!isSession(p['session'])) return 'session must be a short string';
    if (!isIndex(p['index'], MAX_TEXT_PARTS)) return `index must be an integer below ${MAX_TEXT_PARTS}`;
    if (!isString(p['text'])) return 'text must be a string';
    if (p['text'].length > LONG_TEXT_PART_CHARS) return `part longer than ${LONG_TEXT_PART_CHARS} characters`;
    return undefined;
  },
  'bg:resultPage': (p) => {
    if (!isSession(p['session'])) return 'session must be a short string';
    if (!isIndex(p['page'], Math.ceil(MAX_ANNOTATE_CHARS / RESULT_PAGE_MENTIONS))) return 'page must be a non-negative integer';
    return undefined;
  },
  'bg:cards': (p) => {
    const refs = p['refs'];
    if (!Array.isArray(refs)) return 'refs must be an array';
    if (refs.length > MAX_CARD_REFS) return `more than ${MAX_CARD_REFS} refs`;
    const ok = refs.every((r: unknown) => {
      if (typeof r !== 'object' || r === null) return false;
      const { id, ref } = r as Partial<CardRef>;
      return isString(id) && Number.isInteger(ref) && (ref as number) >= 0;
    });
    return ok ? undefined : 'each ref must be { id: string, ref: non-negative integer }';
  },
  'bg:kbInfo': empty,
};

/** What a content script accepts, from our own extension pages only. */
export const CONTENT_REQUESTS: Validators = {
  'content:getState': empty,
  'content:jumpTo': (p) => (isString(p['entityId']) ? undefined : 'entityId must be a string'),
  'content:highlightAnyway': empty,
  'content:focusNext': empty,
};

export type ParsedRequest = { ok: true; message: Envelope } | { ok: false; error: string };

/** Checks an incoming message against what this side accepts. Never throws. */
export function parseRequest(raw: unknown, accept: Validators): ParsedRequest {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'message is not an object' };
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  const validate = isString(type) && Object.hasOwn(accept, type) ? accept[type as MessageType] : undefined;
  if (!validate) return { ok: false, error: `${String(type)} is not a message handled here` };
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, error: `${type}: payload is not an object` };
  }
  const problem = validate(payload as Record<string, unknown>);
  if (problem) return { ok: false, error: `${type}: ${problem}` };
  return { ok: true, message: { type: type as MessageType, payload: payload as Request<MessageType> } };
}

/** Checks an annotate answer before the content script trusts its offsets. */
export function isAnnotateResult(value: unknown, textLength: number): value is AnnotateResult {
  if (typeof value !== 'object' || value === null) return false;
  const { mentions, entities } = value as { mentions?: unknown; entities?: unknown };
  if (!Array.isArray(mentions) || typeof entities !== 'object' || entities === null) return false;
  return mentions.every((m: unknown) => isMention(m, textLength) && (m as Mention).entityId in entities) &&
    Object.values(entities).every(isEntityCard);
}

function isMention(m: unknown, textLength: number): boolean {
  if (typeof m !== 'object' || m === null) return false;
  const { start, end, kind, entityId } = m as Partial<Mention>;
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 &&
    (end as number) > (start as number) && (end as number) <= textLength && isEntityKind(kind) && isString(entityId);
}

/** A `bg:resultPage` answer: mentions inside the text, each of an entity the first page holds. */
export function isMentionPage(value: unknown, textLength: number, entities: Record<string, EntityCard>): value is { mentions: Mention[] } {
  if (typeof value !== 'object' || value === null) return false;
  const { mentions } = value as { mentions?: unknown };
  return Array.isArray(mentions) && mentions.every((m: unknown) => isMention(m, textLength) && (m as Mention).entityId in entities);
}

/** A `bg:cards` answer: cards by the ids asked for, each under its own id. */
export function isCardMap(value: unknown): value is Record<string, EntityCard> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([id, card]) => isEntityCard(card) && card.id === id);
}

function isEntityCard(c: unknown): c is EntityCard {
  if (typeof c !== 'object' || c === null) return false;
  const { id, name, kind, description } = c as Partial<EntityCard>;
  return isString(id) && isString(name) && isEntityKind(kind) && isString(description);
}
