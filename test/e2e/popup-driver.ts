/**
 * Opens the extension's popup page as a tab aimed at an article tab (`popup.html?tab=ID`), as
 * Playwright and WebDriver BiDi cannot click the real toolbar button, and flips its switches
 * the way a reader would: by clicking the labelled control.
 */
import type { Page } from 'puppeteer-core';
import { sleep, type Session } from './harness.js';

export async function gotoExtensionPage(session: Session, page: Page, url: string): Promise<void> {
  if (session.name === 'firefox') {
    // Firefox never resolves navigations to moz-extension:// pages over WebDriver BiDi: start
    // one that does not wait, then poll the page until it has rendered.
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    const connection = (session.browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
    void connection.send('browsingContext.navigate', { context, url, wait: 'none' }).catch(() => undefined);
  } else {
    await page.goto(url);
  }
  const deadline = Date.now() + 15_000;
  for (;;) {
    // page.url() is not updated by a navigation we started ourselves: ask the page.
    const href = await page
      .evaluate(() => (document.readyState === 'complete' && document.querySelector('#app')?.childElementCount ? location.href : ''))
      .catch(() => '');
    if (href === url) return;
    if (Date.now() > deadline) throw new Error(`extension page ${url} did not load`);
    await sleep(100);
  }
}

/** The id of the tab showing `article`, found by asking every tab's content script. */
export async function tabIdOf(popup: Page, article: Page): Promise<number> {
  const articleUrl = article.url();
  const id = await popup.evaluate(async (wantedHost: string) => {
    interface TabsApi {
      tabs: {
        query(q: object): Promise<{ id?: number }[]>;
        getCurrent(): Promise<{ id?: number } | undefined>;
        sendMessage(id: number, message: unknown): Promise<unknown>;
      };
    }
    const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
    const api = (g.browser ?? g.chrome) as TabsApi;
    const tabs = await api.tabs.query({});
    const me = await api.tabs.getCurrent();
    const found: number[] = [];
    for (const tab of tabs) {
      if (tab.id === undefined || tab.id === me?.id) continue;
      try {
        const answer = (await api.tabs.sendMessage(tab.id, { type: 'content:getState', payload: {} })) as { value?: { site?: string } };
        if (answer?.value?.site === wantedHost) found.push(tab.id);
      } catch {
        // No content script in that tab.
      }
    }
    return found.length === 1 ? found[0] : -1;
  }, new URL(articleUrl).hostname);
  if (id === undefined || id < 0) throw new Error('could not find the article tab (close other article tabs first)');
  return id;
}

export async function openPopup(session: Session, article: Page): Promise<Page> {
  const popup = await session.browser.newPage();
  await gotoExtensionPage(session, popup, `${session.extensionBase}popup.html`);
  const tabId = await tabIdOf(popup, article);
  await gotoExtensionPage(session, popup, `${session.extensionBase}popup.html?tab=${tabId}`);
  return popup;
}

/** Clicks the switch whose label matches `label` until it is in the wanted state. */
export async function setSwitch(popup: Page, label: RegExp, on: boolean): Promise<void> {
  await popup.bringToFront();
  const id = await popup.evaluate((source: string) => {
    const re = new RegExp(source);
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input[role="switch"], input[type="checkbox"]'))) {
      const labels = Array.from(el.labels ?? []).map((l) => l.textContent ?? '').join(' ');
      const name = el.getAttribute('aria-label') ?? labels;
      if (re.test(name)) return el.id;
    }
    return null;
  }, label.source);
  if (!id) throw new Error(`no switch labelled ${label}`);
  const checked = await popup.$eval(`#${id}`, (el) => (el as HTMLInputElement).checked);
  if (checked !== on) await popup.click(`#${id}`);
  await popup.waitForFunction((sel: string, want: boolean) => (document.querySelector(sel) as HTMLInputElement).checked === want, { polling: 50, timeout: 5000 }, `#${id}`, on);
}

/** Opens one of the extension's own pages (options.html …) in a new tab. */
export async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await gotoExtensionPage(session, page, `${session.extensionBase}${path}`);
  return page;
}

/** Clears every setting and stored choice, as on a fresh install. */
export async function resetExtensionState(page: Page): Promise<void> {
  await page.evaluate(async () => {
    type Storage = { storage: { sync: { clear(): Promise<void> }; local: { clear(): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Storage; chrome?: Storage };
    const api = (g.browser ?? g.chrome) as Storage;
    await api.storage.sync.clear();
    await api.storage.local.clear();
  });
}

/** Sends a message to a tab's content script from an extension page, as a keyboard command does. */
export async function sendToTab(extensionPage: Page, tabId: number, type: string): Promise<unknown> {
  return extensionPage.evaluate(async (id: number, t: string) => {
    type Tabs = { tabs: { sendMessage(id: number, message: unknown, options?: object): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
    return (g.browser ?? g.chrome)!.tabs.sendMessage(id, { type: t, payload: {} }, { frameId: 0 });
  }, tabId, type);
}
