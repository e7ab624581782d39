/**
 * The one place that imports the WebExtension API, so every context uses the same promise-based
 * `browser` object in Chrome and Firefox, and settings are read and written the same way.
 */
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings.js';
import type { Envelope, MessageType, Request, Response } from './messages.js';
import { envelope } from './messages.js';

export { browser };

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

/** Sends a typed message to the background. */
export async function toBackground<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
  return (await browser.runtime.sendMessage(envelope(type, payload))) as Response<T>;
}

/** Sends a typed message to the content script of a tab. */
export async function toTab<T extends MessageType>(tabId: number, type: T, payload: Request<T>): Promise<Response<T>> {
  const message: Envelope<T> = envelope(type, payload);
  return (await browser.tabs.sendMessage(tabId, message)) as Response<T>;
}
