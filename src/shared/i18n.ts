/** English strings live in `_locales/en/messages.json`; this reads them in any context. */
import { browser } from './browser-api.js';

export function t(key: string, ...substitutions: string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  return text || key;
}
