/**
 * People inside one article: "Hegseth" after "Pete Hegseth" is the same person, and so is
 * "Trevilla Trejo" after "Gen. Ricardo Trevilla Trejo" or "von der Leyen" after "Ursula von der
 * Leyen". A full name defines a person; shorter references find them by their surname forms.
 */
import type { Token } from '../text/normalise.js';
import { NAME_PARTICLES } from '../lexicon/titles.js';

export interface PersonCluster {
  /** Index of the cluster's defining full name (first in the text). */
  id: number;
  fullKey: string;
  /** Surname forms: "hegseth"; "trevilla trejo", "trevilla", "trejo"; "von der leyen", "leyen". */
  surnames: string[];
}

/** Generational suffixes: "Lloyd Austin III" is Lloyd Austin, and "III" no surname of his. */
const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The name's keys without a generational suffix at the end. */
function withoutSuffix(keys: readonly string[]): readonly string[] {
  return keys.length > 2 && GENERATION_SUFFIXES.has(keys[keys.length - 1]!) ? keys.slice(0, -1) : keys;
}

/** The reference forms of a full name, longest first. */
export function surnameForms(full: readonly string[]): string[] {
  const keys = withoutSuffix(full);
  if (keys.length < 2) return [];
  const forms = new Set<string>();
  const last = keys[keys.length - 1]!;
  // Particles belong to the surname: "von der leyen", "al otaibi", "de laura".
  let p = keys.length - 1;
  while (p > 1 && NAME_PARTICLES.has(keys[p - 1]!)) p--;
  if (p < keys.length - 1) forms.add(keys.slice(p).join(' '));
  // Two surnames (Spanish, Portuguese): "trevilla trejo", "lopez obrador". Not a middle initial:
  // "Richard A. Lupoff" is never "A".
  const second = keys[keys.length - 2]!;
  if (keys.length >= 3 && p === keys.length - 1 && second.length > 1) {
    forms.add(keys.slice(-2).join(' '));
    forms.add(second);
  }
  // An initial is no surname: "Jorge, A." read the wrong way round.
  if (last.length > 1) forms.add(last);
  return [...forms].sort((a, b) => b.split(' ').length - a.split(' ').length);
}

export class PersonIndex {
  readonly clusters: PersonCluster[] = [];
  private readonly byFull = new Map<string, PersonCluster>();
  private readonly bySurname = new Map<string, PersonCluster[]>();
  private readonly byGiven = new Map<string, PersonCluster[]>();
  /** Every proper prefix of a form: lets `matchAt` walk on through "von der" to "von der leyen". */
  private readonly prefixes = new Set<string>();

  /** Adds a full name; returns its cluster (an existing one when the name was seen). */
  addFull(full: readonly string[]): PersonCluster {
    const keys = withoutSuffix(full);
    const fullKey = keys.join(' ');
    const existing = this.byFull.get(fullKey) ?? this.bySurnameUnique(fullKey, keys);
    if (existing) return existing;
    const cluster: PersonCluster = { id: this.clusters.length, fullKey, surnames: surnameForms(keys) };
    this.clusters.push(cluster);
    this.byFull.set(fullKey, cluster);
    if (keys.length >= 2 && (keys[0]?.length ?? 0) > 2) {
      const list = this.byGiven.get(keys[0]!) ?? [];
      list.push(cluster);
      this.byGiven.set(keys[0]!, list);
    }
    this.indexForm(fullKey, cluster);
    for (const form of cluster.surnames) this.indexForm(form, cluster);
    return cluster;
  }

  /** Files a reference form under its key, and every proper prefix of it ("von der"). */
  private indexForm(form: string, cluster: PersonCluster): void {
    for (let k = form.indexOf(' '); k >= 0; k = form.indexOf(' ', k + 1)) this.prefixes.add(form.slice(0, k));
    const list = this.bySurname.get(form);
    if (list) list.push(cluster);
    else this.bySurname.set(form, [cluster]);
  }

  /** "Tom Homan" then "Thomas Homan": one person when the surname is unique so far and the names start alike. */
  private bySurnameUnique(fullKey: string, keys: readonly string[]): PersonCluster | undefined {
    const last = keys[keys.length - 1]!;
    const list = this.bySurname.get(last);
    if (!list || list.length !== 1) return undefined;
    const other = list[0]!;
    const otherFirst = other.fullKey.split(' ')[0] ?? '';
    const first = keys[0] ?? '';
    if (fullKey.endsWith(other.fullKey) || other.fullKey.endsWith(fullKey)) return other;
    // Same initial, same unique surname: a short and a long form of one name ("Tom", "Thomas").
    if (otherFirst.length > 0 && first.length > 0 && otherFirst[0] === first[0]) return other;
    return undefined;
  }

  /** How many people of the article a full name or surname form may name. */
  namesFor(key: string): number {
    return this.bySurname.get(key)?.length ?? 0;
  }

  /** The one person of the article with this given name ("Kate" after "Kate Middleton"). */
  byGivenName(key: string): PersonCluster | undefined {
    const list = this.byGiven.get(key);
    return list && list.length === 1 && !this.bySurname.has(key) ? list[0] : undefined;
  }

  /** The one person a surname form names, or undefined when none or several do. */
  bySurnameKey(key: string): PersonCluster | undefined {
    const list = this.bySurname.get(key);
    return list && list.length === 1 ? list[0] : undefined;
  }

  /** Longest surname form matching tokens from `i`: the cluster and how many tokens it takes. */
  matchAt(tokens: readonly Token[], i: number, maxLen = 5): { cluster: PersonCluster; length: number } | undefined {
    let key = '';
    let best: { cluster: PersonCluster; length: number } | undefined;
    const last = Math.min(tokens.length, i + maxLen);
    for (let j = i; j < last; j++) {
      key = j === i ? tokens[j]!.key : `${key} ${tokens[j]!.key}`;
      if (!this.bySurname.has(key)) {
        if (!this.prefixes.has(key)) break;
        continue;
      }
      const cluster = this.bySurnameKey(key);
      if (cluster) best = { cluster, length: j - i + 1 };
    }
    return best;
  }
}

/** True when two or more people of the article share this surname form. */
export function isAmbiguousSurname(index: PersonIndex, key: string): boolean {
  return index.namesFor(key) > 1;
}
