/** Small helpers for the KB build's tests: drafts and a build context without source files. */
import { newContext, type BuildContext } from './context.js';
import { newDraft, type Draft } from './model.js';
import type { KbKind } from '../../src/core/kb/lookup.js';
import type { TemplateContext } from './templates.js';

export function draft(id: string, kind: KbKind, name: string, source: string, extra: Partial<Draft> = {}): Draft {
  const d = newDraft(id, kind, name, source, { file: `${source}.test`, line: 1 });
  Object.assign(d, extra);
  if (extra.sources) d.sources = extra.sources;
  return d;
}

export function testContext(): BuildContext {
  const ctx = newContext('/nonexistent', '/nonexistent');
  ctx.countries.set('US', { code: 'US', name: 'United States' });
  ctx.countries.set('MX', { code: 'MX', name: 'Mexico' });
  ctx.countries.set('DK', { code: 'DK', name: 'Denmark' });
  ctx.regionNames.set('US-TX', 'Texas');
  return ctx;
}

export const templates: TemplateContext = {
  countryName: (c) => ({ US: 'United States', MX: 'Mexico', DK: 'Denmark', GR: 'Greece' })[c],
  sourceTitle: (id) => `source ${id}`,
};
