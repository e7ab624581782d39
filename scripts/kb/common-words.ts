/**
 * Common English words, folded. A name that is also such a word ("Will", "Grant", "Mobile",
 * "Central") is weak evidence on its own: the given-names list leaves them out, and places
 * named by one of them need context. Hand-kept: the most frequent English words plus the
 * everyday words that double as first names or place names.
 */
const WORDS = `
a about above across act action after again against age ago ahead air all almost alone along already also
although always am among an and angel another any april are area arm army around art as ask at august
autumn away baby back bad ball bank bar base be bear beauty became because become bed been before began
begin behind being bell below best better between big bill bird black blue board boat body bold bond book
born both box boy bright brook brown buck build burn business but buy by call came camp can cap capital
car card care carry case cash castle cause center central centre chance change charity chase cherry child
christian church city civil claim class clay clear close cloud coast cole come coming commerce common
company cook cool corn could country court cove crystal cross cut daily dale dark dash dawn day dean dear
death december deep delta did die different do does dollar done door dot double down dream drew dry dusty
each early earth east eastern easy eat eden edge eight either else end energy english enough even ever
every eye face fact fair faith fall family far farm fast father fear february feel few field fill final
find fine fire first fisher fish five flat flower fly follow food for force ford forest form fort forward
four fox frank free friday friend from front full game garden gay general gentle get gift girl give glad
glen go gold golden good got grace grand grant great green grove guard had half hall hand happy hard harmony
has have he head hear heart heath help her here high hill him his hold hole holly home honey hope horn
hot house how however hunt hunter i if in independence industry into iris is island it its ivy
jack january jay jewel job join joy judge july jump june just keen keep key kid kind king knight know lake
land lane large last late law lead leaf learn least leave left less let level liberal liberty life light
like likely line lion little live long look lord lot love low luck lucky made main major make man many
march mark market marsh mason master matter may me mean meadow men merit mid middle might mile mill mind
miner mint miss mobile monday money moon more morning most mother mountain move much music must my name
nation national near need never new news next nice night nine no noble none north northern not nothing
november now number oak ocean october of off office often oil old on once one only open or orange order
other our out over own page palm paradise park part party pass path pay peace pearl people person piece
pierce pine place plain plan play pleasant pleasure point police pond poor pope port post power present
price pride prince problem program prospect public put queen quick rain range rather ray read ready real
reason record red reed rest rich ridge right ring river road rock roll room rose round royal ruby rule run
sage said saint sale same saturday savage say school sea season second see seem september set seven shade
shall she shell shepherd short should show side sign silver since sing six sky small smith snow so some
son soon sound south southern spring square stand star start state states station stay steel step still
stone stop storm story street strong such summer sun sunday sunny sure sweet table take tall taylor
temple ten than that the their them then there these they thing think third this those though three
through thursday time to today together told too top town trade tree true trust try tuesday turn two
under union unity until up upon us use valley very victory view village virtue voice wall want war ward
warm was wash water way we wednesday weed well were west western what when where which while white who
whole why wide will wind window winter wise with within without wolf wood word work world would write
year yes yet you young your
`;

const COMMON = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isCommonWord(folded: string): boolean {
  return COMMON.has(folded);
}
