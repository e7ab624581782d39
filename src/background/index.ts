/**
 * Background entry (Chrome's service worker, Firefox's event page): answers typed messages from
 * our own content scripts and pages, and runs the keyboard commands. Stopped when idle and
 * restarted on the next message, so everything here starts fast and keeps no state it cannot
 * rebuild.
 */
import { browser, listen } from '../shared/browser-api.js';
import { BACKGROUND_REQUESTS, parseRequest } from '../shared/messages.js';
import { isOwnSender } from './sender.js';
import { handleMessage } from './handlers.js';
import { registerCommands } from './commands.js';
import { warmKb } from './kb-source.js';

// Marks of the start-up's steps, read by the benchmark (scripts/bench/chromium.ts) to say where
// a cold start's time goes; a handful of entries per worker life.
performance.mark('ac:script');

listen((raw, sender) => {
  if (!isOwnSender(sender, browser.runtime.id, browser.runtime.getURL(''))) {
    return Promise.reject(new Error('refused: message from outside this extension'));
  }
  const parsed = parseRequest(raw, BACKGROUND_REQUESTS);
  if (!parsed.ok) return Promise.reject(new Error(parsed.error));
  return handleMessage(parsed.message);
});

registerCommands();
warmKb();
performance.mark('ac:script-end');
