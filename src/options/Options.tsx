/**
 * The options page: what the knowledge base is made of, with every source's licence and the
 * attributions its licences require, and how old its facts are.
 */
import { useEffect, useState } from 'preact/hooks';
import { toBackground } from '../shared/browser-api.js';
import { t } from '../shared/i18n.js';
import type { KbInfo } from '../shared/messages.js';

export function Options() {
  const [kb, setKb] = useState<KbInfo | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    toBackground('bg:kbInfo', {}).then(setKb, (e: unknown) => setError(String(e)));
  }, []);

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsPrivacy')}</p>
      <h2>{t('optionsSources')}</h2>
      {error ? <p role="alert">{error}</p> : null}
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
                    {s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.name}</a> : s.name}
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
    </>
  );
}
