/**
 * English words that are also names of things in the KB ("Will", "May", "Mark", "Bush",
 * "Jordan", "Nature", "Capital", "Reading"). An alias that is one of these words matches only
 * with strong evidence: written with a capital where a capital means something (not at the
 * start of a sentence, not in a headline), and more (a full-name mention, a title, context).
 * Folded keys.
 */
/** Function words: articles, pronouns, prepositions, conjunctions, auxiliaries. */
const FUNCTION_WORDS_TEXT = `
a about above across after again against all almost also although always am among an and another
any anything are around as at away back be because been before behind being below best better
between beyond both but by can cannot could did do does doing done down during each either else
even ever every few for from further had has have having he her here hers him his how however i if
in into is it its just least less like many may me might mine more most much must my near neither
never next no none nor not nothing now of off often on once one only or other our out over own
per perhaps please rather same see several shall she should since so some such than that the their
them then there these they this those though through thus to too toward under until up upon us very
was we were what when where whether which while who whom whose why will with within without would
yet you your
`;

/** The rest: nouns, adjectives and names of days and months that are also names of things. */
const CONTENT_WORDS = `
able act action age agency air all amazing american angel apple april area army art august autumn
bank bar bass bay beach bear bell bill bird black block blue board body bond bone border boss bow
box bread bridge brook brown buck bush cabinet call camp can cap capital card care 
case cash castle cat center central chance chapel chase cherry chief child church city clay cliff
coach coast college common cook cool corner cotton council country county court cross crown
crystal cup dale dawn day deal dean december defense desert dew diamond dog dove dream drew
duke dust eagle earl earth east echo eden edge electric energy english equity fair faith fall
family farmer february field fire first fish fleet flower force forest fortune fox
frank freedom friday front frost future gain game garden general gift glass glory gold golden
good grace grand grant gray green grey grove guard hall hand happy harbor harmony 
haven hawk hay heart heath heaven hero high hill holiday holly home hope horn house hunt hunter
independence iron island ivy jack january jay jewel joy judge july june jupiter justice key kid
king knight lake land lane last law lead league liberty light lily line lion little long lord
love lucky major march mark marsh may meadow mercy middle mill mint mobile monday
moon morning mount nation national nature navy new news nice night noble north november
ocean october office oil old open orange page palm paradise park party peace pearl penny pepper
 pine place plain pleasant point pool pope post power pride prime prince progress prospect
queen rain range ray reading red reform republic rich ridge ring river road rock rose royal
ruby rush sage saint salt sandy saturday saturn savage say school sea september shadow shell shore
silver sky small snow society south spring square star state steel stone storm strong
summer sun sunday sunny sweet swift temple thursday time today tour tower town trade tree true
trust truth tuesday union unity valley victory view village vine wall ward water
wave way wednesday christmas easter eve ramadan thanksgiving halloween file photo
handout pool staff via net change price yield current low total daily update note well west white wild will win winter wise wolf wood woods world worth young
guardian economist observer mirror independent telegraph herald tribune express chronicle journal times globe examiner inquirer
`;

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS_TEXT.split(/\s+/).filter(Boolean));

export const COMMON_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...CONTENT_WORDS.split(/\s+/).filter(Boolean)]);

/** Words that start a sentence often and are never a name on their own. */
export function isCommonWord(key: string): boolean {
 return COMMON_WORDS.has(key);
}
