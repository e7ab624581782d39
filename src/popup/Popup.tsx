/**
 * The toolbar popup: the global switch, this site's switch, kinds, and the article's cast.
 * Settings are written to storage.sync; the page's content script follows them at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, loadSettings, onSettingsChanged, saveSettings, toTab } from '../shared/browser-api.js';
import { t } from '../shared/i18n.js';
import { isActiveOn, withSite, type Settings } from '../shared/settings.js';
import { ENTITY_KINDS, type EntityKind } from '../core/types.js';
import type { PageState } from '../shared/messages.js';

const KIND_KEYS: Record<EntityKind, string> = {
  person: 'kindPerson',
  org: 'kindOrg',
  place: 'kindPlace',
  figure: 'kindFigure',
};

type TabState = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; tabId: number; page: PageState };

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab the popup speaks for: the active one, or one named in the URL (`?tab=ID`, for tests). */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  return activeTabId();
}

export function Popup() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [tab, setTab] = useState<TabState>({ status: 'loading' });

  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);

  const refresh = async (): Promise<void> => {
    const tabId = await targetTabId();
    if (tabId === undefined) return setTab({ status: 'unavailable' });
    try {
      const page = await toTab(tabId, 'content:getState', {});
      setTab({ status: 'ready', tabId, page });
    } catch {
      setTab({ status: 'unavailable' });
    }
  };

  useEffect(() => {
    void refresh();
  }, [settings]);

  if (!settings) return null;

  const update = (next: Settings): void => {
    setSettings(next);
    void saveSettings(next);
  };
  const site = tab.status === 'ready' ? tab.page.site : '';

  return (
    <>
      <h1>{t('extName')}</h1>
      <div class="row">
        <label for="enabled">{t('popupHighlights')}</label>
        <input
          id="enabled"
          class="switch"
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(e) => update({ ...settings, enabled: e.currentTarget.checked })}
        />
      </div>
      {site ? (
        <div class="row">
          <label for="site">{t('popupOnThisSite', site)}</label>
          <input
            id="site"
            class="switch"
            type="checkbox"
            role="switch"
            disabled={!settings.enabled}
            checked={isActiveOn({ ...settings, enabled: true }, site)}
            onChange={(e) => update(withSite(settings, site, e.currentTarget.checked))}
          />
        </div>
      ) : null}
      <h2 id="kinds-label">{t('popupKinds')}</h2>
      <div class="kinds" role="group" aria-labelledby="kinds-label">
        {ENTITY_KINDS.map((kind) => (
          <label key={kind}>
            <input
              id={`kind-${kind}`}
              type="checkbox"
              checked={settings.kinds[kind]}
              onChange={(e) => update({ ...settings, kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })}
            />
            <span class={`dot ${kind}`} aria-hidden="true" />
            {t(KIND_KEYS[kind])}
          </label>
        ))}
      </div>
      <CastSection tab={tab} onForced={(page) => tab.status === 'ready' && setTab({ ...tab, page })} />
      <footer>
        <a href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>
          {t('popupOptions')}
        </a>
      </footer>
    </>
  );
}

function CastSection({ tab, onForced }: { tab: TabState; onForced: (page: PageState) => void }) {
  if (tab.status === 'loading') return null;
  if (tab.status === 'unavailable') return <p class="note">{t('popupUnavailable')}</p>;
  const { page, tabId } = tab;
  if (!page.articleFound && page.cast.length === 0) {
    return (
      <section aria-label={t('popupCast')}>
        <p class="note">{t('popupNoArticle')}</p>
        <button
          type="button"
          class="action"
          onClick={async () => onForced(await toTab(tabId, 'content:highlightAnyway', {}))}
        >
          {t('popupHighlightAnyway')}
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="cast-label">
      <h2 id="cast-label">{t('popupCast')}</h2>
      {page.cast.length === 0 ? <p class="note">{t('popupEmptyCast')}</p> : null}
      <ul class="cast">
        {page.cast.map((entry) => (
          <li key={entry.id}>
            <button type="button" onClick={() => void toTab(tabId, 'content:jumpTo', { entityId: entry.id })}>
              <span class={`dot ${entry.kind}`} aria-hidden="true" />
              <span class="who">{entry.name}</span>{' '}
              <span class="count">· {t('popupMentions', String(entry.mentions))}</span>
              {entry.role ? <div class="role">{entry.role}</div> : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
