/**
 * Words and phrases that stand before a person's name and say what they are: "Sen.", "Gen.",
 * "President", "Defense Secretary", "Prime Minister", "spokeswoman". A capitalised name after one
 * of these is a person even when no list knows the name. Folded keys, one or more tokens.
 */

/** Titles written as abbreviations or honorifics: a name always follows. */
const HONORIFICS = `mr mrs ms miss dr prof sir dame lord lady sen rep gov gen lt col maj capt cpt sgt
adm cmdr rev hon pres sec atty supt insp gens reps sens messrs sheikh sheik cardinal archbishop
bishop imam rabbi sultan emir sheikha crown father sister brother cpl pvt ens ayatollah mullah king queen prince princess
emperor empress pope president senator governor mayor judge justice chancellor premier minister
secretary ambassador envoy general admiral colonel major captain lieutenant sergeant commander
marshal chairman chairwoman chairperson chair director chief executive ceo cfo coo founder cofounder spokesman
spokeswoman spokesperson speaker leader deputy vice lawmaker congressman congresswoman
councillor councilman councilwoman commissioner attorney sheriff detective officer inspector
superintendent dean professor coach manager striker midfielder defender goalkeeper quarterback
forward guard pitcher rookie veteran prosecutor adviser advisor aide czar tsar analyst economist
strategist editor correspondent reporter photographer author writer novelist actor actress singer
rapper artist producer director filmmaker designer chef counterpart candidate nominee challenger
incumbent champion player teammate`;

/** Words that make up longer role phrases before a title word ("Defense", "State", "Foreign"). */
const ROLE_MODIFIERS = `defense defence state foreign finance interior justice health homeland
security national trade commerce energy education labor labour treasury economy economic agriculture
transportation transport environment culture defence home prime first deputy vice assistant under
executive managing general chief senior former acting incoming outgoing interim then top elect
supreme majority minority house senate party opposition army navy air force military police
intelligence white press communications public foreign affairs border`;

export const HONORIFIC_WORDS: ReadonlySet<string> = new Set(HONORIFICS.split(/\s+/).filter(Boolean));

/** Titles only people carry: never a country's, an office's or a company's name. */
export const PERSONAL_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'messrs']);
export const ROLE_MODIFIER_WORDS: ReadonlySet<string> = new Set(
  ROLE_MODIFIERS.split(/\s+/).filter(Boolean),
);

/**
 * Title words that, capitalised before a capitalised name, make it a person on their own
 * ("President Biden", "Gen. Trevilla"). Lower-case role nouns ("spokeswoman Jane Doe") count too.
 */
export function isTitleWord(key: string): boolean {
  return HONORIFIC_WORDS.has(key);
}

const ROLE_WORDS: ReadonlySet<string> = new Set([...HONORIFIC_WORDS, ...ROLE_MODIFIER_WORDS]);

/** Words that may start or sit inside a role phrase. */
export function isRoleWord(key: string): boolean {
  return ROLE_WORDS.has(key);
}

/** Words that, right before or after a name, say that someone spoke: evidence of a person. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says told added wrote asked argued noted explained stated tweeted insisted warned replied
  recalled acknowledged admitted announced urged declared testified`.split(/\s+/).filter(Boolean),
);

/** Particles inside names: "Ursula von der Leyen", "Jayden de Laura", "Hamad al-Otaibi". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  `de del della der den di da das do dos du la le van von ter ten al el bin ben ibn abu bint y e zu`
    .split(/\s+/)
    .filter(Boolean),
);

const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES].map((p) => p.length));
const PARTICLE_INITIALS = new Uint8Array(65536);
for (const p of NAME_PARTICLES) PARTICLE_INITIALS[p.charCodeAt(0)] = 1;

/**
 * `NAME_PARTICLES.has(key)`, answered without the set for most words: the longer ones and those
 * starting with no particle's letter. Asked of nearly every lower-case word of a text.
 */
export function isNameParticle(key: string): boolean {
  return key.length <= LONGEST_PARTICLE && PARTICLE_INITIALS[key.charCodeAt(0)] === 1 && NAME_PARTICLES.has(key);
}

