/**
 * Keyboard commands (manifest `commands`): toggle highlights everywhere, or on the current site.
 * A command's key press grants `activeTab`, which is what lets us read the site's host here.
 */
import { browser, loadSettings, saveSettings, toTab } from '../shared/browser-api.js';
import { isActiveOn, withSite } from '../shared/settings.js';

export const COMMAND_TOGGLE = 'toggle-highlights';
export const COMMAND_TOGGLE_SITE = 'toggle-site';
export const COMMAND_NEXT_HIGHLIGHT = 'next-highlight';

export function registerCommands(): void {
  browser.commands?.onCommand.addListener(async (command: string, tab?: { id?: number; url?: string }) => {
    if (command === COMMAND_NEXT_HIGHLIGHT) {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await toTab(tabId, 'content:focusNext', {}).catch(() => undefined);
      return;
    }
    const settings = await loadSettings();
    if (command === COMMAND_TOGGLE) {
      await saveSettings({ ...settings, enabled: !settings.enabled });
    } else if (command === COMMAND_TOGGLE_SITE) {
      const url = tab?.url ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;
      if (!url) return;
      const host = new URL(url).hostname;
      await saveSettings(withSite(settings, host, !isActiveOn({ ...settings, enabled: true }, host)));
    }
  });
}
