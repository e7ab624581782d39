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

/** For each figure id, the ids of the others that count the same thing, in text order. */
export function groupRelated(figures: readonly Groupable[]): Map<string, string[]> {
  // Each figure is in at most two groups (what it counts, its value); groups hold indices.
  const groups = new Map<string, number[]>();
  const memberOf: (number[] | undefined)[][] = [];
  const join = (key: string, i: number): number[] => {
    let list = groups.get(key);
    if (!list) {
      list = [];
      groups.set(key, list);
    }
    list.push(i);
    return list;
  };
  figures.forEach((f, i) => {
    const unit = f.unit ?? '';
    const byCount = f.counts !== '' ? join(`c:${unit}:${countClass(f.counts)}`, i) : undefined;
    // The same large round number twice is almost always the same quantity.
    const byValue = f.value >= 100 ? join(`v:${unit}:${f.value}`, i) : undefined;
    memberOf.push([byCount, byValue]);
  });
  const out = new Map<string, string[]>();
  figures.forEach((f, i) => {
    const [a, b] = memberOf[i]!;
    const others: number[] = [];
    // Both lists are in text order: merge them, skipping the figure itself and duplicates.
    let x = 0;
    let y = 0;
    const la = a?.length ?? 0;
    const lb = b?.length ?? 0;
    while (x < la || y < lb) {
      const next = y >= lb || (x < la && a![x]! <= b![y]!) ? a![x++]! : b![y++]!;
      if (next !== i && others[others.length - 1] !== next) others.push(next);
    }
    out.set(f.id, others.map((k) => figures[k]!.id));
  });
  return out;
}
