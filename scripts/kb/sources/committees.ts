/**
 * Congressional committees (committees-current.json, CC0) as organisations, and committee
 * leadership (committee-membership-current.json) as current roles of the members who hold it:
 * "Chair of the Senate Committee on Armed Services".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasType } from '../../../src/core/kb/lookup.js';
import { SourceError } from '../errors.js';
import { Fields, parseJsonArray } from '../json.js';
import { addAlias, newDraft, type Draft } from '../model.js';
import type { BuildContext } from '../context.js';
import { CONGRESS_AS_OF } from './congress.js';

export const COMMITTEES = 'us-congress/committees-current.json';
export const MEMBERSHIP = 'us-congress/committee-membership-current.json';
const SRC = 'congress';

const LEADER_TITLES: Record<string, string> = {
  Chair: 'Chair',
  Chairman: 'Chair',
  Chairwoman: 'Chair',
  Cochairman: 'Co-chair',
  'Ranking Member': 'Ranking member',
  'Vice Chair': 'Vice chair',
  'Vice Chairman': 'Vice chair',
  'Vice Chairwoman': 'Vice chair',
};

/**
 * The forms news uses for a committee, shortest first: "Senate Committee on the Judiciary" →
 * "Senate Judiciary Committee"; a listed subject is named by its first item ("Senate Banking
 * Committee" for "…on Banking, Housing, and Urban Affairs").
 */
export function committeeNewsNames(name: string): string[] {
  const m = /^(Senate|House)(?: Permanent)?(?: Select| Special)? Committee on (?:the )?(.+)$/.exec(name);
  if (!m) return [];
  const [, chamber, subject] = m as unknown as [string, string, string];
  const first = subject.split(',')[0] as string;
  return [...new Set([`${chamber} ${first} Committee`, `${chamber} ${subject} Committee`])];
}

export function committeeNewsName(name: string): string | undefined {
  return committeeNewsNames(name)[0];
}

export function readCommittees(ctx: BuildContext): void {
  const items = parseJsonArray(readFileSync(join(ctx.dataDir, COMMITTEES), 'utf8'), COMMITTEES);
  const byCode = new Map<string, Draft>();
  for (const item of items) {
    const f = Fields.of(item, COMMITTEES);
    const code = f.str('thomas_id');
    if (!/^[A-Z]{4}$/.test(code)) f.fail(`"thomas_id" must be four capital letters, got "${code}"`);
    if (byCode.has(code)) f.fail(`committee ${code} appears twice`);
    const type = f.str('type');
    if (type !== 'house' && type !== 'senate' && type !== 'joint') f.fail(`"type" must be house, senate or joint, got "${type}"`);
    const name = f.str('name');
    const d = newDraft(`kb:committee:${code}`, 'org', name, SRC, { file: COMMITTEES, line: f.line });
    for (const news of committeeNewsNames(name)) addAlias(d, news, AliasType.Full);
    d.country = 'US';
    d.keys.add(`committee:${code}`);
    const chamber = type === 'senate' ? 'U.S. Senate' : type === 'house' ? 'U.S. House of Representatives' : 'U.S. Congress';
    d.orgType = { value: `${type === 'joint' ? 'joint committee' : 'committee'} of the ${chamber}`, source: SRC, asOf: CONGRESS_AS_OF };
    d.url = f.optStr('url');
    d.prominence = 420;
    byCode.set(code, d);
    ctx.drafts.push(d);
  }

  // Leadership: committee keys are the four-letter code, subcommittees add digits.
  const text = readFileSync(join(ctx.dataDir, MEMBERSHIP), 'utf8');
  let membership: unknown;
  try {
    membership = JSON.parse(text);
  } catch (e) {
    throw new SourceError(MEMBERSHIP, 1, `invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof membership !== 'object' || membership === null || Array.isArray(membership)) {
    throw new SourceError(MEMBERSHIP, 1, 'expected an object of committee codes');
  }
  const people = new Map<string, Draft>();
  for (const d of ctx.drafts) {
    if (d.kind !== 'person' || d.roles.length === 0) continue;
    for (const k of d.keys) if (k.startsWith('bioguide:')) people.set(k.slice(9), d);
  }
  let roles = 0;
  const found: { person: Draft; title: string; rank: number; name: string }[] = [];
  for (const [code, seats] of Object.entries(membership as Record<string, unknown>).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const committee = byCode.get(code);
    if (!committee) continue; // a subcommittee
    if (!Array.isArray(seats)) throw new SourceError(MEMBERSHIP, 1, `committee ${code}: expected a list of members`);
    for (const seat of seats as Record<string, unknown>[]) {
      const title = typeof seat['title'] === 'string' ? LEADER_TITLES[seat['title']] : undefined;
      if (!title) continue;
      const bioguide = seat['bioguide'];
      if (typeof bioguide !== 'string') throw new SourceError(MEMBERSHIP, 1, `committee ${code}: a member without a bioguide id`);
      const person = people.get(bioguide);
      if (!person) continue; // a member of the committee who is not in the current file
      const committeeName = committeeNewsName(committee.name) ?? committee.name;
      // Chairs before ranking members before the rest; chamber committees before joint ones.
      const rank = (title === 'Chair' ? 0 : title === 'Ranking member' ? 2 : 4) + (code.startsWith('J') ? 1 : 0);
      found.push({ person, title: `${title} of the ${committeeName}`, rank, name: committeeName });
      person.prominence += title === 'Chair' ? 40 : title === 'Ranking member' ? 20 : 5;
      roles++;
    }
  }
  found.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of found) f.person.roles.push({ title: f.title, source: SRC, asOf: CONGRESS_AS_OF });
  ctx.log.push(`committees: ${byCode.size} committees, ${roles} leadership roles`);
}
