/**
 * Figures of the same thing in one article: "1,600 active-duty troops", "10,000 Mexican troops"
 * and "2,500 National Guard and reserve forces" all count troops; "a 30,000-bed facility" and
 * "30,000 immigrants" are the same thirty thousand. Grouped so a card can show the others.
 */

/** Nouns that count the same kind of thing. */
const SYNONYMS: Record<string, string> = {
  troops: 'troops', soldiers: 'troops', forces: 'troops', personnel: 'troops', sailors: 'troops',
  marines: 'troops', members: 'troops', servicemembers: 'troops', guardsmen: 'troops',
  migrants: 'migrants', immigrants: 'migrants', refugees: 'migrants', detainees: 'migrants',
  people: 'people', persons: 'people', residents: 'people', civilians: 'people',
  deaths: 'deaths', dead: 'deaths', fatalities: 'deaths', killed: 'deaths',
  cases: 'cases', infections: 'cases',
  jobs: 'jobs', workers: 'jobs', employees: 'jobs',
};

/** The head noun of a counted phrase, reduced to a class ("reserve forces" → "troops"). */
export function countClass(counts: string): string {
  const words = counts.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  return SYNONYMS[head] ?? head;
}

export interface Groupable {
  id: string;
  value: number;
  unit?: string;
  counts: string;
}

/** For each figure id, the ids of the others that count the same thing. */
export function groupRelated(figures: readonly Groupable[]): Map<string, string[]> {
  const related = new Map<string, Set<string>>();
  const groups = new Map<string, string[]>();
  const join = (key: string, id: string): void => {
    const list = groups.get(key) ?? [];
    list.push(id);
    groups.set(key, list);
  };
  for (const f of figures) {
    related.set(f.id, new Set());
    const unit = f.unit ?? '';
    if (f.counts !== '') join(`c:${unit}:${countClass(f.counts)}`, f.id);
    // The same large round number twice is almost always the same quantity.
    if (f.value >= 100) join(`v:${unit}:${f.value}`, f.id);
  }
  for (const ids of groups.values()) {
    for (const a of ids) for (const b of ids) if (a !== b) related.get(a)!.add(b);
  }
  const order = new Map(figures.map((f, i) => [f.id, i]));
  const out = new Map<string, string[]>();
  for (const [id, set] of related) out.set(id, [...set].sort((x, y) => order.get(x)! - order.get(y)!));
  return out;
}
