/**
 * Head words that make a capitalised phrase an organisation ("… University", "… Bank") or a place
 * ("… River", "… County"), for names the KB does not hold. Folded keys. None is ever a word of a
 * person's name, so "Amnesty International said" or "Zurich Insurance said" is no speaker.
 */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(
  `university college institute school academy bank group inc corp corporation co ltd llc plc ag sa
  company companies association foundation fund agency commission council committee ministry
  department office bureau service services party union federation league club fc united network
  times post journal news tribune herald gazette press television tv radio airlines airways motors
  holdings partners capital securities trust hospital clinic center centre laboratories labs
  organisation organization authority administration board court parliament congress assembly
  senate army navy force forces police guard command church mosque brigade battalion coalition
  alliance movement front society institution systems technologies pharmaceuticals industries
  palace sports music media entertainment studios records pictures games airport stadium
  arena racing motorsport team reuters international exchange electric insurance assurance
  reinsurance telecom telekom telecommunications communications wireless broadcasting energy
  petroleum chemical chemicals pharma therapeutics biotech semiconductor semiconductors
  electronics solutions logistics shipping mining resources investments ventures bancorp
  financial brands bros brothers chartered generale generali watch magazine foods market markets
  stores supermarkets restaurants hotels resorts`.split(/\s+/).filter(Boolean),
);

/** Words that start an organisation name followed by "of": "University of Texas". */
export const ORG_HEADS_OF: ReadonlySet<string> = new Set(
  `university department ministry bank college institute school office bureau board church council
  court house chamber academy federation association league party`.split(/\s+/).filter(Boolean),
);

/** Words that start a place's name followed by "of": "Bay of Islands", "Gulf of Aden". */
export const PLACE_HEADS_OF: ReadonlySet<string> = new Set(
  `bay gulf sea isle island islands lake strait straits cape mount port`.split(/\s+/).filter(Boolean),
);

export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(
  `river street avenue road boulevard county province district state island islands mountains
  mountain valley sea ocean bay gulf lake peninsula desert strait canal city square park region
  airport harbour harbor port beach coast heights hills territory territories dependency`.split(/\s+/).filter(Boolean),
);

/** Nationality adjectives: they stand before titles ("Mexican President") but are not names. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  `american mexican british english french german italian spanish portuguese russian ukrainian
  chinese japanese korean indian pakistani iranian iraqi syrian israeli palestinian lebanese
  turkish egyptian saudi emirati qatari afghan canadian brazilian argentine argentinian chilean
  colombian venezuelan cuban peruvian australian zealand irish scottish welsh dutch belgian swiss
  austrian swedish norwegian danish finnish polish czech hungarian romanian bulgarian greek
  serbian croatian nigerian kenyan ethiopian somali sudanese libyan tunisian moroccan algerian
  south north african european asian latin arab jordanian yemeni thai vietnamese filipino
  indonesian malaysian singaporean taiwanese belarusian georgian armenian haitian guatemalan
  honduran salvadoran nicaraguan ghanaian republican republicans democrat democrats democratic
  conservative conservatives liberal liberals labour socialist communist green greens tory tories
  welshman welshwoman englishman englishwoman scotsman irishman frenchman dutchman briton britons
  spaniard dane swede finn scot kiwi
  catholic muslim christian jewish protestant sunni shiite shia hindu buddhist`.split(/\s+/).filter(Boolean),
);

/** Head words of events and works: never a person ("Alfred Dunhill Championship", "Davis Cup"). */
export const EVENT_SUFFIXES: ReadonlySet<string> = new Set(
  `championship championships cup open tournament trophy festival show prix games olympics awards
  award prize series league tour classic marathon derby bowl summit conference forum expo fair
  act bill treaty accord agreement plan program programme index review`.split(/\s+/).filter(Boolean),
);

/**
 * Words whose possessive starts the name of an institution rather than owning what follows:
 * "People's Bank of China", "Children's Hospital of Philadelphia", "Workers' Party", "Queen's
 * University". Before a capitalised word they are part of the name, so the words after them are
 * never a name of their own ("Republic of China" in "People's Republic of China").
 */
export const NAME_POSSESSIVES: ReadonlySet<string> = new Set(
  `people peoples children women men workers worker veterans farmers citizens teachers nurses girls
  boys ladies gentlemen soldiers sailors seamen fishermen miners writers artists doctors lawyers
  students consumers taxpayers employers traders patients parents pensioners mothers fathers
  king queen prince princess president`.split(/\s+/).filter(Boolean),
);

/** Month names: "Ross Kerber Dec 7" — a month before a number ends a name. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(
  `jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
  august september october november december`.split(/\s+/).filter(Boolean),
);
