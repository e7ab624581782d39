/**
 * One thing, one entity. Drafts from different sources that name the same person, body or
 * place are joined, in this order of evidence:
 *   1. the same id (a Wikidata QID, or the same source key);
 *   2. a shared source key (a bioguide id links the historical CSV, the current file and the
 *      executive file);
 *   3. for people: the same full name and the same birth year, from two different sources
 *      (Pantheon's "Abraham Lincoln", 1809, is the executive file's Q91);
 *   4. for overlay rows without a QID: the one entity of the same kind and country (a place row
 *      with no country, only a place with none either) that
 *      carries the same full name (the overlay's "Department of Homeland Security" is the
 *      Federal Register's "Homeland Security Department"); for places, also the same region.
 * Never joined: two drafts with different QIDs, or two people whose birth years differ.
 */
import { AliasType } from '../../src/core/kb/lookup.js';
import { SourceError } from './errors.js';
import { nameKey } from '../../src/core/text/normalise.js';
import { fullKeys, type Dated, type Draft, type Role } from './model.js';

/** Which source's scalar facts win when two disagree: the reviewed overlay first. */
export const SOURCE_RANK = [
  'overlay', 'congress', 'rigour', 'countries-list', 'federal-register', 'partyfacts', 'sp500', 'pantheon', 'geonames',
];

function rankOf(d: Draft): number {
  let best = SOURCE_RANK.length;
  for (const s of d.sources) {
    const r = SOURCE_RANK.indexOf(s);
    if (r >= 0 && r < best) best = r;
  }
  return best;
}

const isQid = (id: string) => /^Q\d+$/.test(id);

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let j = i;
    while (this.parent[j] !== r) {
      const next = this.parent[j] as number;
      this.parent[j] = r;
      j = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The QIDs a group of drafts carries (more than one means the group is wrong). */
function groupQids(group: Draft[]): Set<string> {
  return new Set(group.filter((d) => isQid(d.id)).map((d) => d.id));
}

export function mergeDrafts(drafts: Draft[]): Draft[] {
  const uf = new UnionFind(drafts.length);
  const members = () => {
    const groups = new Map<number, number[]>();
    drafts.forEach((_, i) => {
      const r = uf.find(i);
      const g = groups.get(r) ?? [];
      g.push(i);
      groups.set(r, g);
    });
    return groups;
  };
  // The QID each group carries (steps 1–2 check there is at most one).
  const qidOfRoot = new Map<number, string>();
  const join = (a: number, b: number) => {
    const qa = qidOfRoot.get(uf.find(a));
    const qb = qidOfRoot.get(uf.find(b));
    uf.union(a, b);
    const q = qa ?? qb;
    if (q) qidOfRoot.set(uf.find(a), q);
  };
  const compatible = (a: number, b: number): boolean => {
    const qa = qidOfRoot.get(uf.find(a));
    const qb = qidOfRoot.get(uf.find(b));
    return !qa || !qb || qa === qb;
  };

  // 1 and 2: the same id, or a shared source key.
  const byKey = new Map<string, number>();
  drafts.forEach((d, i) => {
    for (const key of [`id:${d.id}`, ...d.keys]) {
      const j = byKey.get(key);
      if (j === undefined) byKey.set(key, i);
      else if (d.kind !== drafts[j]?.kind) {
        throw new SourceError(d.ref.file, d.ref.line, `${d.id} is a ${d.kind} here but a ${drafts[j]?.kind} at ${drafts[j]?.ref.file}:${drafts[j]?.ref.line}`);
      } else uf.union(i, j);
    }
  });
  for (const [, g] of members()) {
    const group = g.map((i) => drafts[i] as Draft);
    const qids = groupQids(group);
    if (qids.size > 1) {
      const d = group[group.length - 1] as Draft;
      throw new SourceError(d.ref.file, d.ref.line, `one entity (${[...d.keys].join(', ')}) carries two Wikidata ids: ${[...qids].join(', ')}`);
    }
    const q = [...qids][0];
    if (q) qidOfRoot.set(uf.find(g[0] as number), q);
  }

  // 3: people with the same full name and birth year, from different sources.
  const byNameBorn = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (d.kind !== 'person' || d.born === undefined) return;
    for (const key of fullKeys(d)) {
      const k = `${key}|${d.born.value}`;
      const list = byNameBorn.get(k) ?? [];
      list.push(i);
      byNameBorn.set(k, list);
    }
  });
  for (const list of byNameBorn.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as number;
        const b = list[y] as number;
        if (uf.find(a) === uf.find(b)) continue;
        const da = drafts[a] as Draft;
        const db = drafts[b] as Draft;
        const shared = [...da.sources].some((s) => db.sources.has(s));
        if (shared) continue;
        if (compatible(a, b)) join(a, b);
      }
    }
  }

  // 4: overlay rows without a QID join the one same-named entity of their kind and country.
  // Org and person rows match by any of their full names against the other's canonical name
  // or full names; place rows only by their canonical name ("Guantanamo Bay" is not the city
  // of Guantánamo even if the row lists "Guantanamo" as a short form).
  const byFullKey = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (d.sources.has('overlay')) return;
    const keys = d.kind === 'place' ? [nameKey(d.name)] : fullKeys(d);
    for (const key of keys) {
      const list = byFullKey.get(key) ?? [];
      list.push(i);
      byFullKey.set(key, list);
    }
  });
  drafts.forEach((d, i) => {
    if (!d.sources.has('overlay')) return;
    const candidates = new Map<number, Draft>();
    const keys = d.kind === 'place' ? [nameKey(d.name)] : fullKeys(d);
    for (const key of keys) {
      for (const j of byFullKey.get(key) ?? []) {
        const o = drafts[j] as Draft;
        if (o.kind !== d.kind) continue;
        if (d.country && o.country && d.country !== o.country) continue;
        if (d.kind === 'place' && d.region && o.region && d.region !== o.region) continue;
        // A place row with no country is supranational (a continent, a world region): never
        // the town of the same name somewhere ("Asia" in the Philippines).
        if (d.kind === 'place' && !d.country && o.country) continue;
        if (d.kind === 'person') {
          if (d.born && o.born && d.born.value !== o.born.value) continue;
          // Without a birth year, only a person of recent public life is the same person.
          if (!d.born && (o.historical || !o.born)) continue;
        }
        if (uf.find(j) !== uf.find(i)) candidates.set(uf.find(j), o);
      }
    }
    let roots = [...candidates.keys()];
    // Several same-named places: a country row means the country, not its capital city.
    if (roots.length > 1 && d.kind === 'place') {
      const countryLevel = /country|territory/i.test(d.placeType?.value ?? '');
      roots = roots.filter((r) => [...(candidates.get(r)?.keys ?? [])].some((k) => k.startsWith('iso:')) === countryLevel);
    }
    if (roots.length === 1 && compatible(i, roots[0] as number)) join(i, roots[0] as number);
  });

  const out: Draft[] = [];
  for (const [, g] of members()) {
    const group = g.map((i) => drafts[i] as Draft).sort((a, b) => rankOf(a) - rankOf(b) || (a.ref.line - b.ref.line));
    out.push(group.length === 1 ? (group[0] as Draft) : combine(group));
  }
  return out;
}

function roleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/^\d+(st|nd|rd|th) /, '')
    .replace(/^(u\.s\.|united states) /, '')
    .replace(/ of the united states$/, '')
    .replace(/\b(for|from)\b/g, 'of')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Roles from several sources, without repeats: the same title and start is one role. */
export function mergeRoles(lists: Role[][]): Role[] {
  const out: Role[] = [];
  for (const list of lists) {
    for (const r of list) {
      const k = roleKey(r.title);
      const same = out.findIndex(
        (o) => roleKey(o.title) === k && (!o.since || !r.since || o.since.slice(0, 4) === r.since.slice(0, 4)),
      );
      if (same < 0) {
        out.push({ ...r });
        continue;
      }
      const o = out[same] as Role;
      // Keep the fuller record: dates from one, an ordinal title from the other.
      if (!o.since && r.since) o.since = r.since;
      if (!o.until && r.until) o.until = r.until;
      if (r.title.length > o.title.length && roleKey(r.title) === k) o.title = r.title;
    }
  }
  return out;
}

function first<T>(group: Draft[], get: (d: Draft) => T | undefined): T | undefined {
  for (const d of group) {
    const v = get(d);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Joins a group of drafts (best source first) into one. */
export function combine(group: Draft[]): Draft {
  const best = group[0] as Draft;
  const qid = group.find((d) => isQid(d.id))?.id;
  // A name that is a title ("John F. Kennedy") beats one assembled from parts ("John Kennedy").
  const titled = group.find((d) => d.titleName);
  const out: Draft = {
    ...best,
    id: qid ?? best.id,
    name: titled?.name ?? best.name,
    aliases: new Map(),
    extra: [],
    sources: new Set(),
    keys: new Set(),
  };
  for (const d of group) {
    for (const [key, a] of d.aliases) {
      const old = out.aliases.get(key);
      if (!old || (old.type !== AliasType.Full && a.type === AliasType.Full)) out.aliases.set(key, a);
    }
    for (const s of d.sources) out.sources.add(s);
    for (const k of d.keys) out.keys.add(k);
    for (const e of d.extra) {
      if (!out.extra.some((x) => x.label === e.label && x.value === e.value)) out.extra.push(e);
    }
  }
  // The reviewed overlay's current roles replace derived ones; otherwise all sources count.
  const overlayRoles = group.find((d) => d.sources.has('overlay') && d.roles.length > 0)?.roles;
  out.roles = overlayRoles ? overlayRoles.map((r) => ({ ...r })) : mergeRoles(group.map((d) => d.roles));
  // Offices an older source still calls current, which the overlay no longer lists, are past.
  const superseded = overlayRoles
    ? mergeRoles(group.filter((d) => !d.sources.has('overlay')).map((d) => d.roles)).filter(
        (r) => !overlayRoles.some((o) => roleKey(o.title) === roleKey(r.title)),
      )
    : [];
  const previous = mergeRoles([...group.map((d) => d.previousRoles), superseded]);
  // An office held now is not also an earlier office (same title and start).
  out.previousRoles = previous.filter(
    (p) => !out.roles.some((r) => roleKey(r.title) === roleKey(p.title) && (!p.since || !r.since || p.since.slice(0, 4) === r.since.slice(0, 4))),
  );
  // Most recent first; undated records (the historical file's last seat) keep their place after.
  const when = (r: Role) => r.until ?? r.since ?? '';
  out.previousRoles.sort((a, b) => (when(a) && when(b) ? (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0) : when(a) ? -1 : when(b) ? 1 : 0));
  const pick = <T>(get: (d: Draft) => Dated<T> | undefined) => first(group, get);
  out.party = pick((d) => d.party);
  out.born = pick((d) => d.born);
  out.died = pick((d) => d.died);
  out.occupation = pick((d) => d.occupation);
  out.orgType = pick((d) => d.orgType);
  out.parent = pick((d) => d.parent);
  out.placeType = pick((d) => d.placeType);
  out.population = pick((d) => d.population);
  out.capital = pick((d) => d.capital);
  out.country = first(group, (d) => d.country);
  out.region = first(group, (d) => d.region);
  out.regionName = first(group, (d) => d.regionName);
  out.districtName = first(group, (d) => d.districtName);
  out.area = first(group, (d) => d.area);
  // A Wikipedia article is the most useful "read more"; else the best source's own page.
  out.url = first(group, (d) => (d.url?.startsWith('https://en.wikipedia.org/wiki/') ? d.url : undefined)) ?? first(group, (d) => d.url);
  out.uncertain = first(group, (d) => d.uncertain);
  out.asOf = first(group, (d) => d.asOf);
  out.gender = first(group, (d) => d.gender);
  out.prominence = Math.max(...group.map((d) => d.prominence));
  // Someone holding an office now is not historical, whatever an old record says.
  out.historical = out.roles.length === 0 && (out.died !== undefined || group.some((d) => d.historical));
  if (out.born && out.born.value >= 1926 && !out.died && !group.every((d) => d.historical)) out.historical = false;
  out.needsContext = group.every((d) => d.needsContext);
  return out;
}
