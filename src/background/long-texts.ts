/**
 * Texts too long for one message arrive in parts, and their results leave in pages (see
 * LONG_TEXT_PART_CHARS in messages.ts). This keeps both between messages, bounded: a few
 * sessions at once, each no longer than the longest text accepted, each dropped a minute after
 * its last use, so a content script that goes away mid-way leaves nothing behind for long.
 */
import type { Mention } from '../core/types.js';
import type { KbLookup } from '../core/kb/lookup.js';
import { annotate } from '../core/annotate.js';
import { MAX_ANNOTATE_CHARS, RESULT_PAGE_MENTIONS, type Request, type Response } from '../shared/messages.js';

/** Sessions kept at once: one per tab loading a very long article is already rare. */
export const MAX_SESSIONS = 4;
/** A session unused this long is dropped. */
export const SESSION_TTL_MS = 60_000;

interface Session {
  parts: string[];
  chars: number;
  /** Result pages still to collect, after the first. */
  pages?: Mention[][];
  used: number;
}

export class LongTexts {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly pageMentions: number = RESULT_PAGE_MENTIONS,
  ) {}

  /** Stores part `index` of a session's text; returns how many parts it holds. */
  addPart(id: string, index: number, text: string): number {
    const session = this.touch(id, true)!;
    const had = session.parts[index]?.length ?? 0;
    if (session.chars - had + text.length > MAX_ANNOTATE_CHARS) {
      this.sessions.delete(id);
      throw new Error(`text longer than ${MAX_ANNOTATE_CHARS} characters`);
    }
    session.parts[index] = text;
    session.chars += text.length - had;
    return session.parts.filter((p) => p !== undefined).length;
  }

  /** The whole text: parts 0 … parts-2 sent before, `last` is the final part. */
  join(id: string, parts: number, last: string): string {
    const session = this.touch(id, false);
    const stored = session?.parts ?? [];
    for (let i = 0; i < parts - 1; i++) {
      if (stored[i] === undefined) throw new Error(`part ${i} of this text never arrived`);
    }
    if (stored.length > parts - 1) throw new Error(`more parts arrived than the ${parts} announced`);
    if (session) {
      session.parts = [];
      session.chars = 0;
    }
    return stored.join('') + last;
  }

  /**
   * Splits the mentions into pages: returns the first and keeps the rest for `page()`, under
   * the session id (a session is made if the text came in one message).
   */
  paginate(id: string, mentions: Mention[]): { first: Mention[]; pages: number } {
    const size = this.pageMentions;
    if (mentions.length <= size) {
      this.sessions.delete(id);
      return { first: mentions, pages: 0 };
    }
    const pages: Mention[][] = [];
    for (let i = size; i < mentions.length; i += size) pages.push(mentions.slice(i, i + size));
    this.touch(id, true)!.pages = pages;
    return { first: mentions.slice(0, size), pages: pages.length };
  }

  /** Result page `n` (1 is the second page of mentions); the session ends with its last page. */
  page(id: string, n: number): Mention[] {
    const session = this.touch(id, false);
    const pages = session?.pages;
    if (!session || !pages) throw new Error('no result is waiting under this session (it may have expired)');
    const page = pages[n - 1];
    if (!page) throw new Error(`no result page ${n}`);
    if (n === pages.length) this.sessions.delete(id);
    return page;
  }

  get size(): number {
    return this.sessions.size;
  }

  private touch(id: string, create: boolean): Session | undefined {
    const now = this.now();
    for (const [key, s] of this.sessions) if (now - s.used > SESSION_TTL_MS) this.sessions.delete(key);
    let session = this.sessions.get(id);
    if (!session && create) {
      if (this.sessions.size >= MAX_SESSIONS) {
        // The least recently used goes: its content script has most likely moved on.
        const oldest = [...this.sessions.entries()].sort((a, b) => a[1].used - b[1].used)[0];
        if (oldest) this.sessions.delete(oldest[0]);
      }
      session = { parts: [], chars: 0, used: now };
      this.sessions.set(id, session);
    }
    if (session) session.used = now;
    return session;
  }
}

/** `bg:annotate`: the text (joined from its parts when it came in parts), annotated, paged. */
export async function annotateRequest(
  request: Request<'bg:annotate'>,
  longTexts: LongTexts,
  getKb: () => Promise<KbLookup>,
): Promise<Response<'bg:annotate'>> {
  const { url, date, session, parts } = request;
  const text = session ? longTexts.join(session, parts ?? 1, request.text) : request.text;
  if (text.length > MAX_ANNOTATE_CHARS) throw new Error(`text longer than ${MAX_ANNOTATE_CHARS} characters`);
  const kb = await getKb();
  // Highlights need no card: cards not read yet follow in `bg:cards`.
  const result = await annotate(text, kb, { url, ...(date ? { date } : {}), waitForCards: false });
  if (!session) return result;
  const { first, pages } = longTexts.paginate(session, result.mentions);
  return pages > 0 ? { ...result, mentions: first, continued: { session, pages } } : result;
}
