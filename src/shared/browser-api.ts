/**
 * The one place that touches the WebExtension namespace, so every context speaks to Chrome and
 * Firefox the same way.
 *
 * No runtime polyfill: Firefox's `browser` and Chrome's MV3 `chrome` both return promises for
 * every call we make. The one difference left — a promise returned from an `onMessage` listener
 * is honoured by Firefox but not by Chrome — is bridged by `listen()`, which always answers
 * through `sendResponse` with an explicit `{ok, value | error}` envelope that `call()` unwraps.
 * That keeps ~10 KB of polyfill out of the content script, which every page pays for.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings.js';
import type { MessageType, Request, Response } from './messages.js';
import { envelope } from './messages.js';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
export const browser: Browser = (scope.browser ?? scope.chrome) as Browser;

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with the new settings whenever any context changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'sync') return;
    const change = changes[SETTINGS_KEY];
    if (change) listener(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** How every answer travels, so a failure on the far side arrives as an error here. */
type Answer = { ok: true; value: unknown } | { ok: false; error: string };

function isAnswer(value: unknown): value is Answer {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function unwrap(sent: Promise<unknown>): Promise<unknown> {
  const answer = await sent;
  if (!isAnswer(answer)) throw new Error('no answer from the extension');
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/**
 * Listens for messages; `handler` returns a promise for the messages it answers and undefined
 * for those it leaves to other listeners.
 */
export function listen(handler: (raw: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): () => void {
  // Returning undefined (not true) leaves the message to other listeners; the typings only
  // know the `true` form, hence the cast below.
  const callback = (raw: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void): true | undefined => {
    let pending: Promise<unknown> | undefined;
    try {
      pending = handler(raw, sender);
    } catch (error) {
      pending = Promise.reject(error);
    }
    if (!pending) return undefined;
    pending.then(
      (value) => sendResponse({ ok: true, value } satisfies Answer),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Answer),
    );
    return true;
  };
  const listener = callback as unknown as Runtime.OnMessageListenerCallback;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Sends a typed message to the background. */
export async function toBackground<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
  return (await unwrap(browser.runtime.sendMessage(envelope(type, payload)))) as Response<T>;
}

/** Sends a typed message to the content script of a tab's top frame (the page itself). */
export async function toTab<T extends MessageType>(tabId: number, type: T, payload: Request<T>): Promise<Response<T>> {
  return (await unwrap(browser.tabs.sendMessage(tabId, envelope(type, payload), { frameId: 0 }))) as Response<T>;
}
