/**
 * Content script entry: one controller per page, started once. Loaded at document_idle on
 * http(s) pages; everything it does is in `controller.ts`.
 */
import { PageController, isContextInvalidated } from './controller.js';

declare global {
  interface Window {
    __articleContextLoaded?: boolean;
  }
}

// A second injection into the same page (an update re-injecting scripts) must not double up.
if (!window.__articleContextLoaded) {
  window.__articleContextLoaded = true;
  const controller = new PageController(document);
  controller.start().catch((error: unknown) => {
    if (isContextInvalidated(error)) controller.destroy();
    else console.debug('[article-context] start failed:', error);
  });
}
