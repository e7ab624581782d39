/**
 * Asks the background to annotate the article's text. A long text goes in parts and its result
 * comes back in pages, each message in its own task with the page given its thread back in
 * between: one message is serialised and parsed in one go, and a million-word article in one
 * message is a long task however the rest of the work is sliced.
 */
import type { AnnotateResult, Mention } from '../core/types.js';
import { toBackground } from '../shared/browser-api.js';
import { isAnnotateResult, isMentionPage, LONG_TEXT_PART_CHARS, type MessageType, type Request, type Response } from '../shared/messages.js';

export interface AnnotateRequest {
  text: string;
  url: string;
  date?: string;
}

/** Splits `text` into parts of at most `size` characters. */
export function textParts(text: string, size: number = LONG_TEXT_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts.length > 0 ? parts : [''];
}

function sessionId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  return c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

type Send = <T extends MessageType>(type: T, payload: Request<T>) => Promise<Response<T>>;

export async function annotateText(
  request: AnnotateRequest,
  pause: () => Promise<void>,
  send: Send = toBackground,
  partChars: number = LONG_TEXT_PART_CHARS,
): Promise<AnnotateResult> {
  const session = sessionId();
  const parts = textParts(request.text, partChars);
  for (let index = 0; index < parts.length - 1; index++) {
    await send('bg:textPart', { session, index, text: parts[index] as string });
    await pause();
  }
  const answer: unknown = await send('bg:annotate', {
    text: parts[parts.length - 1] as string,
    url: request.url,
    ...(request.date ? { date: request.date } : {}),
    session,
    parts: parts.length,
  });
  const length = request.text.length;
  if (!isAnnotateResult(answer, length)) throw new Error('malformed annotate answer');
  const { continued } = answer as AnnotateResult & { continued?: { session?: unknown; pages?: unknown } };
  const result: AnnotateResult = { mentions: answer.mentions, entities: answer.entities };
  if (!continued) return result;
  const pages = Number(continued.pages);
  if (continued.session !== session || !Number.isInteger(pages) || pages < 0) throw new Error('malformed annotate answer');
  const all: Mention[][] = [result.mentions];
  for (let page = 1; page <= pages; page++) {
    await pause();
    const got: unknown = await send('bg:resultPage', { session, page });
    if (!isMentionPage(got, length, result.entities)) throw new Error(`malformed result page ${page}`);
    all.push(got.mentions);
  }
  result.mentions = all.flat();
  return result;
}
