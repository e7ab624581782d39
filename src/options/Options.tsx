/**
 * The options page: the few settings worth having (on/off, kinds, dwell), the sites where it is
 * off, matches the reader unlinked, the reader's own entities, and what the knowledge base is
 * made of — every source with its licence, the attributions licences require, and its age.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings, toBackground } from '../shared/browser-api.js';
import { t } from '../shared/i18n.js';
import type { KbInfo } from '../shared/messages.js';
import { MAX_DWELL_MS, MIN_DWELL_MS, withSite, type Settings } from '../shared/settings.js';
import { ENTITY_KINDS, type EntityKind } from '../core/types.js';
import { loadUnlinked, onUnlinkedChanged, setUnlinked, type Unlinked } from '../shared/unlinked.js';
import { OwnEntities } from './OwnEntities.js';

const KIND_KEYS: Record<EntityKind, string> = { person: 'kindPerson', org: 'kindOrg', place: 'kindPlace', figure: 'kindFigure' };

export function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [unlinked, setUnlinkedState] = useState<Unlinked>({});
  const [kb, setKb] = useState<KbInfo | undefined>();
  const [kbError, setKbError] = useState<string | undefined>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadUnlinked().then(setUnlinkedState);
    toBackground('bg:kbInfo', {}).then(setKb, (e: unknown) => setKbError(String(e)));
    const offSettings = onSettingsChanged(setSettings);
    const offUnlinked = onUnlinkedChanged(setUnlinkedState);
    return () => {
      offSettings();
      offUnlinked();
    };
  }, []);

  const update = (next: Settings): void => {
    setSettings(next);
    void saveSettings(next);
  };

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsPrivacy')}</p>

      {settings ? (
        <section aria-labelledby="h-highlights">
          <h2 id="h-highlights">{t('optionsHighlights')}</h2>
          <p>
            <label>
              <input type="checkbox" checked={settings.enabled} onChange={(e) => update({ ...settings, enabled: e.currentTarget.checked })} />{' '}
              {t('optionsEnabled')}
            </label>
          </p>
          <fieldset>
            <legend>{t('optionsKinds')}</legend>
            {ENTITY_KINDS.map((kind) => (
              <label key={kind} class="inline">
                <input
                  type="checkbox"
                  checked={settings.kinds[kind]}
                  onChange={(e) => update({ ...settings, kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })}
                />{' '}
                {t(KIND_KEYS[kind])}
              </label>
            ))}
          </fieldset>
          <p>
            <label for="dwell">{t('optionsDwell')}</label>{' '}
            <input
              id="dwell"
              type="number"
              min={MIN_DWELL_MS}
              max={MAX_DWELL_MS}
              step={50}
              value={settings.dwellMs}
              onChange={(e) => {
                const value = Number(e.currentTarget.value);
                if (Number.isFinite(value)) update({ ...settings, dwellMs: Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, value)) });
              }}
            />
          </p>
          <h3 id="h-off">{t('optionsOffSites')}</h3>
          {settings.disabledSites.length === 0 ? <p class="muted">{t('optionsNoOffSites')}</p> : (
            <ul aria-labelledby="h-off">
              {settings.disabledSites.map((site) => (
                <li key={site}>
                  {site}{' '}
                  <button type="button" onClick={() => update(withSite(settings, site, true))}>
                    {t('optionsTurnOn', site)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h3 id="h-unlinked">{t('optionsUnlinked')}</h3>
          {Object.keys(unlinked).length === 0 ? <p class="muted">{t('optionsNoUnlinked')}</p> : (
            <ul aria-labelledby="h-unlinked">
              {Object.entries(unlinked).flatMap(([site, ids]) =>
                ids.map((id) => (
                  <li key={`${site} ${id}`}>
                    {site}: {id}{' '}
                    <button type="button" aria-label={`${t('optionsRestore')} ${id} (${site})`} onClick={() => void setUnlinked(site, id, false)}>
                      {t('optionsRestore')}
                    </button>
                  </li>
                )),
              )}
            </ul>
          )}
        </section>
      ) : null}

      <OwnEntities />

      <section aria-labelledby="h-sources">
        <h2 id="h-sources">{t('optionsSources')}</h2>
        {kbError ? <p role="alert">{kbError}</p> : null}
        {kb ? (
          <>
            <p>{t('optionsKbBuilt', kb.entities.toLocaleString('en'), kb.builtFrom)}</p>
            {kb.attributions.map((line) => (
              <p key={line}>
                <strong>{line}</strong>
              </p>
            ))}
            <table>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Licence</th>
                  <th scope="col">Facts as of</th>
                </tr>
              </thead>
              <tbody>
                {kb.sources.map((s) => (
                  <tr key={s.name}>
                    <td>
                      {s.name}
                      {s.attribution ? <div class="muted">{s.attribution}</div> : null}
                    </td>
                    <td>{s.licence}</td>
                    <td>{s.asOf ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </section>
    </>
  );
}
