/**
 * The reader's own entities: a list with edit and delete, a form to add one, and JSON import and
 * export. Every change goes through `parseUserEntities`, so what is saved is always valid, and
 * an invalid import changes nothing and says why.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser-api.js';
import { t } from '../shared/i18n.js';
import { parseUserEntities, USER_ENTITIES_KEY, type UserEntity, type UserEntityKind } from '../shared/user-entities.js';

const today = (): string => new Date().toISOString().slice(0, 10);

async function loadOwn(): Promise<UserEntity[]> {
  const stored = await browser.storage.local.get(USER_ENTITIES_KEY);
  const parsed = parseUserEntities(stored[USER_ENTITIES_KEY] ?? [], today());
  return parsed.ok ? parsed.entities : [];
}

interface Draft {
  id?: string;
  name: string;
  kind: UserEntityKind;
  aliases: string;
  description: string;
  url: string;
}

const EMPTY: Draft = { name: '', kind: 'person', aliases: '', description: '', url: '' };

export function OwnEntities() {
  const [entities, setEntities] = useState<UserEntity[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();

  useEffect(() => {
    void loadOwn().then(setEntities);
  }, []);

  /** Validates and saves the whole list; returns false (and says why) when it is refused. */
  const save = async (next: unknown[], success: string): Promise<boolean> => {
    const parsed = parseUserEntities(next, today());
    if (!parsed.ok) {
      setMessage({ error: true, text: t('optionsImportError', parsed.error) });
      return false;
    }
    await browser.storage.local.set({ [USER_ENTITIES_KEY]: parsed.entities });
    setEntities(parsed.entities);
    setMessage({ error: false, text: success });
    return true;
  };

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const entry = {
      ...(draft.id ? { id: draft.id } : {}),
      name: draft.name,
      kind: draft.kind,
      aliases: draft.aliases.split(',').map((a) => a.trim()).filter(Boolean),
      description: draft.description,
      url: draft.url,
      updated: today(),
    };
    const rest = entities.filter((x) => x.id !== draft.id);
    if (await save([...rest, entry], draft.id ? t('optionsSave') : t('optionsAdd'))) setDraft(EMPTY);
  };

  const importFile = async (file: File): Promise<void> => {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch (error) {
      setMessage({ error: true, text: t('optionsImportError', `${file.name} is not valid JSON (${(error as Error).message})`) });
      return;
    }
    if (!Array.isArray(data)) {
      setMessage({ error: true, text: t('optionsImportError', `${file.name}: expected a JSON array of entities`) });
      return;
    }
    // Imported entries with an id we have replace ours; others are added.
    const incoming = parseUserEntities(data, today());
    if (!incoming.ok) {
      setMessage({ error: true, text: t('optionsImportError', `${file.name}: ${incoming.error}`) });
      return;
    }
    const ids = new Set(incoming.entities.map((x) => x.id));
    await save([...entities.filter((x) => !ids.has(x.id)), ...incoming.entities], t('optionsImported', String(incoming.entities.length)));
  };

  const exportFile = (): void => {
    const blob = new Blob([`${JSON.stringify(entities, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'article-context-entities.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section aria-labelledby="h-own">
      <h2 id="h-own">{t('optionsOwn')}</h2>
      <p class="muted">{t('optionsOwnHelp')}</p>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'ok'}>
          {message.text}
        </p>
      ) : null}
      {entities.length === 0 ? <p class="muted">{t('optionsNoOwn')}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('optionsName')}</th>
              <th scope="col">{t('optionsKind')}</th>
              <th scope="col">{t('optionsDescription')}</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {entities.map((x) => (
              <tr key={x.id}>
                <td>
                  {x.name}
                  {x.aliases.length > 0 ? <div class="muted">{x.aliases.join(', ')}</div> : null}
                </td>
                <td>{x.kind}</td>
                <td>{x.description}</td>
                <td class="actions">
                  <button
                    type="button"
                    aria-label={t('optionsEdit', x.name)}
                    onClick={() => setDraft({ id: x.id, name: x.name, kind: x.kind, aliases: x.aliases.join(', '), description: x.description, url: x.url ?? '' })}
                  >
                    ✎
                  </button>{' '}
                  <button type="button" aria-label={t('optionsDelete', x.name)} onClick={() => void save(entities.filter((y) => y.id !== x.id), t('optionsSave'))}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="own-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('optionsName')}
          <input required name="name" value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
        </label>
        <label>
          {t('optionsKind')}
          <select name="kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as UserEntityKind })}>
            <option value="person">{t('kindPerson')}</option>
            <option value="org">{t('kindOrg')}</option>
            <option value="place">{t('kindPlace')}</option>
          </select>
        </label>
        <label>
          {t('optionsAliases')}
          <input name="aliases" value={draft.aliases} onInput={(e) => setDraft({ ...draft, aliases: e.currentTarget.value })} />
        </label>
        <label>
          {t('optionsDescription')}
          <input name="description" value={draft.description} onInput={(e) => setDraft({ ...draft, description: e.currentTarget.value })} />
        </label>
        <label>
          {t('optionsUrl')}
          <input name="url" type="url" value={draft.url} onInput={(e) => setDraft({ ...draft, url: e.currentTarget.value })} />
        </label>
        <div class="buttons">
          <button type="submit">{draft.id ? t('optionsSave') : t('optionsAdd')}</button>
          {draft.id ? <button type="button" onClick={() => setDraft(EMPTY)}>{t('optionsCancel')}</button> : null}
        </div>
      </form>
      <div class="buttons">
        <label class="file-button">
          {t('optionsImport')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void importFile(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" onClick={exportFile} disabled={entities.length === 0}>
          {t('optionsExport')}
        </button>
      </div>
    </section>
  );
}
