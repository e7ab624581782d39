import { describe, expect, it } from 'vitest';
import { annotate, uncovered } from './annotate.js';
import { newsKb } from './fixtures/news-kb.js';

/**
 * An article of our own, modelled on the seed story: a defence secretary's border visit. Every
 * highlight is listed and checked, so a new false highlight fails the test.
 */
const ARTICLE = [
  'FORT WORTH, Texas — As President Donald Trump sends more active-duty troops to the U.S.-Mexico',
  'border, Defense Secretary Pete Hegseth toured a base in Texas on Tuesday. He travelled with “border czar” Tom Homan.',
  '',
  'Hegseth met commanders at Fort Bliss, near El Paso, Texas, and spoke later with his Mexican counterpart, National Defense Secretary Gen. Ricardo Trevilla Trejo.',
  '',
  'Trump ordered 1,600 active-duty troops to the border last month, joining about 2,500 National Guard members already there. The Pentagon is also preparing a 30,000-bed facility at Guantanamo Bay in Cuba.',
  '',
  'Hegseth, who won confirmation in the Senate only after Vice President JD Vance’s tie-breaking vote, said Trevilla Trejo had promised support. Mexican President Claudia Sheinbaum agreed to send 10,000 Mexican troops, and Trump paused a 25% tariff on Mexico for a month.',
  '',
  'Homan said on Sunday that the first flights would leave within 30 days. Trump’s aides said the plan would be reviewed in May.',
].join('\n');

describe('annotate: a border-visit article', () => {
  it('finds every highlight and nothing else', async () => {
    const result = await annotate(ARTICLE, newsKb());
    const got = result.mentions.map((m) => `${m.kind}:${m.text}=${m.entityId}`);
    expect(got).toEqual([
      'place:Texas=Q1439',
      'person:Donald Trump=Q22686',
      'place:U.S.=Q30',
      'place:Mexico=Q96',
      'person:Pete Hegseth=Q7176427',
      'place:Texas=Q1439',
      'person:Tom Homan=Q7816498',
      'person:Hegseth=Q7176427',
      'place:Fort Bliss=Q1435693',
      'place:El Paso=Q16562',
      'place:Texas=Q1439',
      'person:Ricardo Trevilla Trejo=Q131372043',
      'person:Trump=Q22686',
      'figure:1,600=figure:1',
      'figure:2,500=figure:2',
      'org:National Guard=Q1781543',
      'org:Pentagon=Q11209',
      'figure:30,000=figure:3',
      'place:Guantanamo Bay=Q210235',
      'place:Cuba=Q241',
      'person:Hegseth=Q7176427',
      'org:Senate=Q66096',
      'person:JD Vance=Q28935729',
      'person:Trevilla Trejo=Q131372043',
      'person:Claudia Sheinbaum=Q2348573',
      'figure:10,000=figure:4',
      'person:Trump=Q22686',
      'figure:25%=figure:5',
      'place:Mexico=Q96',
      'person:Homan=Q7816498',
      'person:Trump=Q22686',
    ]);
  });

  it('puts the article’s own role phrases and counts on the cards of all six people', async () => {
    const { entities } = await annotate(ARTICLE, newsKb());
    const role = (id: string) => entities[id]?.article?.rolePhrase;
    expect(role('Q22686')).toBe('President');
    expect(role('Q7176427')).toBe('Defense Secretary');
    expect(role('Q7816498')).toBe('“border czar”');
    expect(role('Q131372043')).toBe('Mexican counterpart, National Defense Secretary');
    expect(role('Q28935729')).toBe('Vice President');
    expect(role('Q2348573')).toBe('Mexican President');
    expect(entities['Q7176427']?.article?.mentionCount).toBe(3);
    expect(entities['Q22686']?.article?.mentionCount).toBe(4);
    expect(entities['Q22686']?.article?.salienceRank).toBe(1);
  });

  it('says what each figure counts, and groups figures of the same thing', async () => {
    const { entities } = await annotate(ARTICLE, newsKb());
    const figures = Object.values(entities).filter((e) => e.kind === 'figure');
    expect(figures.map((f) => [f.name, f.figure?.value, f.figure?.unit])).toEqual([
      ['1,600 active-duty troops', 1600, undefined],
      ['2,500 National Guard members', 2500, undefined],
      ['30,000-bed facility', 30000, undefined],
      ['10,000 Mexican troops', 10000, undefined],
      ['25% tariff', 0.25, 'percent'],
    ]);
    expect(entities['figure:1']?.figure?.related).toEqual(['figure:2', 'figure:4']);
    expect(entities['figure:5']?.figure?.sentence).toMatch(/^Mexican President Claudia Sheinbaum agreed/);
  });
});

describe('annotate: hard cases', () => {
  it('reads possessives, initials and names split by a line break', async () => {
    const text = 'Officials praised Pete\nHegseth for the plan. J.D. Vance’s office said Trump’s team agreed.';
    const { mentions } = await annotate(text, newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Pete\nHegseth', 'Q7176427'],
      ['J.D. Vance', 'Q28935729'],
      ['Trump', 'Q22686'],
    ]);
  });

  it('recognises people the KB does not know, with titles, and their later surnames', async () => {
    const text = 'Sen. Maria Cantwell-Lopez met Gen. Luis Rodríguez Bucio and Jane Whitfield on Monday. ' +
      'Later, Whitfield said Rodríguez Bucio and Cantwell-Lopez agreed.';
    const { mentions, entities } = await annotate(text, newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Maria Cantwell-Lopez', 'article:maria-cantwell-lopez'],
      ['Luis Rodríguez Bucio', 'article:luis-rodriguez-bucio'],
      ['Jane Whitfield', 'article:jane-whitfield'],
      ['Whitfield', 'article:jane-whitfield'],
      ['Rodríguez Bucio', 'article:luis-rodriguez-bucio'],
      ['Cantwell-Lopez', 'article:maria-cantwell-lopez'],
    ]);
    expect(entities['article:luis-rodriguez-bucio']).toMatchObject({ kind: 'person', inKb: false });
    expect(entities['article:luis-rodriguez-bucio']?.article?.rolePhrase).toBe('Gen.');
  });

  it('does not take "Will", "May", "Mark" or "Bush" for people or places without evidence', async () => {
    const text = 'Will the plan work? May brought rain, and officials will mark the date. ' +
      'The bush fire spread. In May, prices rose. Nature is resilient, he said.';
    const { mentions } = await annotate(text, newsKb());
    expect(mentions).toEqual([]);
  });

  it('links a common-word surname only after the full name', async () => {
    const text = 'Prime Minister Theresa May spoke on Monday. Later, May said the vote would go ahead.';
    const { mentions } = await annotate(text, newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Theresa May', 'Q264766'],
      ['May', 'Q264766'],
    ]);
  });

  it('treats all-caps headlines with care: capitals there are no evidence', async () => {
    // Common words stay words; a surname links only if prominent enough to stand alone.
    const text = 'WILL MAY MARK THE END? TRUMP MEETS SHEINBAUM\nThe talks went well.';
    const { mentions } = await annotate(text, newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([['TRUMP', 'Q22686']]);
  });

  it('takes acronyms only in capitals', async () => {
    const text = 'The WHO warned of a new wave. Who knows? Officials at ICE and the DHS agreed; ice formed.';
    const { mentions } = await annotate(text, newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['WHO', 'Q7827'],
      ['ICE', 'Q1133630'],
      ['DHS', 'Q11231'],
    ]);
  });

  it('links a small place only when its region is named nearby', async () => {
    const near = await annotate('Marines built a wall near San Ysidro, California, last week.', newsKb());
    expect(near.mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['San Ysidro', 'Q3470786'],
      ['California', 'Q99'],
    ]);
    const alone = await annotate('The convoy reached San Ysidro before dawn.', newsKb());
    expect(alone.mentions).toEqual([]);
  });

  it('keeps a country a country before a namesake is named, and a capital a place when it speaks', async () => {
    const text = 'Jordan said on Monday it would reopen its border with Syria. Michael Jordan did not comment. ' +
      'Washington said it would send 3,000 troops.';
    const { mentions } = await annotate(text, newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Jordan', 'Q810'],
      ['Syria', 'Q858'],
      ['Michael Jordan', 'Q41421'],
      ['Washington', 'kb:geonames:4140963'],
      ['3,000', 'figure:1'],
    ]);
  });

  it('reads a possessive inside a name as part of it, and the words after it as no name of their own', async () => {
    const text = "The People's Republic of China protested, and the Republic of China replied. People's Republic of China " +
      "officials met the Women's Tennis Association and Lloyd's of London. Trump's aides and China's envoy agreed.";
    const { mentions } = await annotate(text, newsKb());
    expect(mentions.map((m) => [m.text, m.kind, m.entityId])).toEqual([
      ["People's Republic of China", 'place', 'Q148'],
      ['Republic of China', 'place', 'Q865'],
      ["People's Republic of China", 'place', 'Q148'],
      ["Women's Tennis Association", 'org', 'article:org:womens-tennis-association'],
      ['Trump', 'person', 'Q22686'],
      ['China', 'place', 'Q148'],
    ]);
  });

  it('takes a place or a country before a surname for a given name, and the surname for no one alone', async () => {
    const text = 'Jordan Smith visited Jordan on Monday. He met Syria Smith in Syria, and Adam Smith wrote on trade.';
    const { mentions } = await annotate(text, newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Jordan', 'Q810'],
      ['Syria', 'Q858'],
      ['Adam Smith', 'Q9381'],
    ]);
    expect(mentions[0]!.start).toBe(text.lastIndexOf('Jordan'));
    expect(mentions[1]!.start).toBe(text.lastIndexOf('Syria'));
  });

  it('reads a place by the state after its comma, and Washington, D.C. as the district', async () => {
    const text = 'Officials in Olympia, Washington, agreed; those in Washington, D.C., did not. Paris, Texas, voted, and Paris was calm.';
    const { mentions } = await annotate(text, newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Olympia', 'kb:geonames:5805687'],
      ['Washington', 'Q1223'],
      ['Washington', 'kb:geonames:4140963'],
      ['Paris', 'kb:geonames:4717560'],
      ['Texas', 'Q1439'],
      ['Paris', 'kb:geonames:4717560'],
    ]);
  });

  it('reads "Washington state" as the state, not the capital', async () => {
    const { mentions } = await annotate('Officials in Washington state agreed on Monday.', newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([['Washington', 'Q1223']]);
  });

  it('highlights a name ending in a possessive of its own whole, and another possessive without it', async () => {
    const { mentions } = await annotate('McDonald’s said sales rose, and Trump’s aides agreed.', newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([["McDonald’s", 'kb:sp500:63908'], ['Trump', 'Q22686']]);
  });

  it('takes no place from the end of a longer name it does not know', async () => {
    const { mentions } = await annotate('Shares of Air France fell, Health Canada approved the drug and Real Madrid won after the Arab Spring.', newsKb());
    expect(mentions).toEqual([]);
    // A compass word, a demonym or a conjunction before the place leaves it its own.
    const kept = await annotate('Fires spread across Southern California and the Mexican Texas border; El Salvador y Venezuela.', newsKb());
    expect(kept.mentions.map((m) => m.text)).toEqual(['California', 'Texas', 'Venezuela']);
  });

  it('reads a known name that starts with a title word as that name', async () => {
    const { mentions } = await annotate('General Motors said on Monday it would cut output. General Motors CEO Mary Barra agreed.', newsKb());
    expect(mentions.map((m) => [m.kind, m.text, m.entityId ?? ''])).toEqual([
      ['org', 'General Motors', 'kb:sp500:1467858'],
      ['org', 'General Motors', 'kb:sp500:1467858'],
      ['person', 'Mary Barra', expect.stringMatching(/^article:/)],
    ]);
  });

  it('reads "U.S." and "US" in capitals as the country, never a currency prefix or the pronoun', async () => {
    const { mentions } = await annotate('LET US PRAY\nThe U.S. and Britain agreed. It cost US$1,000, they told us, and the US paid.', newsKb());
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([
      ['place', 'U.S.'], ['place', 'Britain'], ['figure', 'US$1,000'], ['place', 'US'],
    ]);
  });

  it('reads a news agency\'s state abbreviation after a town as the state', async () => {
    const { mentions } = await annotate('EL PASO, Tex. — Troops arrived. Smith said Tex. was wrong, and Tex Ritter sang.', newsKb());
    expect(mentions.filter((m) => m.kind === 'place').map((m) => [m.text, m.entityId])).toEqual([['EL PASO', 'Q16562'], ['Tex', 'Q1439']]);
  });

  it('takes a word in capitals inside prose for no small town, and a dateline for the place', async () => {
    const { mentions } = await annotate('EL PASO — Sites moved to AJAX and away from Ajax, Canada.', newsKb());
    expect(mentions.map((m) => m.text)).toEqual(['EL PASO', 'Ajax', 'Canada']);
  });

  it('takes a storm\'s name for no place or person', async () => {
    const { mentions } = await annotate('The company profited during Hurricane Sandy, and Tropical Storm Jordan hit Texas.', newsKb());
    expect(mentions.map((m) => m.text)).toEqual(['Texas']);
  });

  it('takes no function word opening a sentence for a name', async () => {
    const { mentions } = await annotate('“I will do all manner of favors for you, baby brother.” She drew on the stick. Most major cities are linked by rail.', newsKb());
    expect(mentions).toEqual([]);
  });

  it('reads "Town, State" as the town even when a university bears its name', async () => {
    const town = await annotate('He lives in Harvard, Massachusetts, a small town. PRINCETON, N.J. — The board met.', newsKb());
    expect(town.mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Harvard', 'kb:geonames:4938957'], ['Massachusetts', 'Q771'], ['PRINCETON', 'kb:geonames:5102922'], ['N.J.', 'Q1408'],
    ]);
    const university = await annotate('Researchers at Harvard said the study was flawed.', newsKb());
    expect(university.mentions.map((m) => [m.text, m.entityId])).toEqual([['Harvard', 'kb:overlay:harvard-university']]);
  });

  it('reads a dateline as the town, not the state of the same name', async () => {
    const { mentions } = await annotate('NEW YORK (Reuters) - Stocks rose on Monday.', newsKb());
    expect(mentions.filter((m) => m.kind === 'place').map((m) => [m.text, m.entityId])).toEqual([['NEW YORK', 'kb:geonames:5128581']]);
  });

  it('takes no photo-credit words for a photographer or a place', async () => {
    const { mentions } = await annotate('FILE PHOTO: Troops patrol near El Paso.\nJane Roe / Pool via REUTERS / File Photo\nJohn Doe / Pool via REUTERS\nThe troops left.', newsKb());
    expect(mentions.filter((m) => m.kind === 'person' || m.kind === 'place').map((m) => m.text)).toEqual(['El Paso', 'Jane Roe', 'John Doe']);
  });

  it('reads a name joined by an ampersand as one name', async () => {
    const { mentions } = await annotate('AT&T said on Monday that S&P Global had cut its rating.', newsKb());
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([['org', 'AT&T']]);
    // Spaced, only where the KB knows the whole name: two people stay two.
    const spaced = await annotate('Johnson & Johnson said Tom Smith & Jane Roe would lead it.', newsKb());
    expect(spaced.mentions.map((m) => [m.kind, m.text])).toEqual([['org', 'Johnson & Johnson'], ['person', 'Tom Smith'], ['person', 'Jane Roe']]);
  });

  it('keeps a person with a title only people carry, whatever else the KB names so', async () => {
    const { mentions } = await annotate('Lord Sainsbury spoke first. Sainsbury’s raised its prices.', newsKb());
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([['person', 'Sainsbury'], ['org', 'Sainsbury’s']]);
  });

  it('takes no organisation that speaks for a person', async () => {
    const { mentions } = await annotate('Amnesty International said the trial was unfair, and Zurich Insurance said it would pay.', newsKb());
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([['org', 'Amnesty International'], ['org', 'Zurich Insurance']]);
  });

  it('takes no name after "officials at" for the speaker of the verb after it', async () => {
    const { mentions } = await annotate('Officials at Exxon Mobil said on Monday that analysts with Vantor Hale said so too.', newsKb());
    expect(mentions.filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('gives no state card where a game report names a team after its state', async () => {
    const report = 'No. 11 Texas beat Baylor 27-14 on Saturday. Texas led 3-0 at the half, and California was next.';
    const { mentions } = await annotate(report, newsKb());
    expect(mentions.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['California']);
    // A country stays: its national team plays for it. And outside sports a state is a state.
    const rugby = await annotate('France 8-7 Texas in the final. France celebrated.', newsKb());
    expect(rugby.mentions.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['France', 'France']);
    const politics = await annotate('Texas passed the law 27 days ago; Texas officials said it works.', newsKb());
    expect(politics.mentions.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['Texas', 'Texas']);
  });

  it('lets no weak two-word name claim a word the article uses alone all the time', async () => {
    const page = `${'We like Quantlex. '.repeat(25)}We met Zorbu Quantlex there.`;
    const { mentions } = await annotate(page, newsKb());
    expect(mentions.filter((m) => m.kind === 'person')).toEqual([]);
    const story = 'Zorbu Quantlex ran well, and the crowd cheered Quantlex.';
    expect((await annotate(story, newsKb())).mentions.map((m) => m.text)).toEqual(['Zorbu Quantlex', 'Quantlex']);
  });

  it('takes a grocer or a territory named by its head word for no person', async () => {
    const { mentions } = await annotate('A week later, Whole Foods said prices would fall, and Ross Dependency said nothing.', newsKb());
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([['org', 'Whole Foods'], ['place', 'Ross Dependency']]);
  });

  it('links an acronym only to what the article spells it out as', async () => {
    // The article's own service keeps the letters (and, its name having an organisation's head
    // word, makes them an organisation of the article's own); a framework's are no one's.
    const own = await annotate('The Data Handling Service (DHS) replaces the old queue. DHS runs nightly.', newsKb());
    expect(own.mentions.filter((m) => m.text === 'DHS').map((m) => m.entityId)).toEqual(['article:org:dhs', 'article:org:dhs']);
    const tool = await annotate('The Data Hub Scheduler (DHS) replaces the old queue. DHS runs nightly.', newsKb());
    expect(tool.mentions.filter((m) => m.text === 'DHS')).toEqual([]);
    const same = await annotate('The Department of Homeland Security (DHS) said on Monday that DHS staff would move.', newsKb());
    expect(same.mentions.filter((m) => m.text === 'DHS').map((m) => m.entityId)).toEqual(['Q11231', 'Q11231']);
  });

  it('links a little-known party named by an ordinary word only in an article about its country', async () => {
    const abroad = await annotate('The Ministry for Culture and Heritage opened a museum.', newsKb());
    expect(abroad.mentions.filter((m) => m.text === 'Heritage')).toEqual([]);
    const home = await annotate('In Armenia, Heritage won four seats in the election.', newsKb());
    expect(home.mentions.map((m) => [m.text, m.entityId])).toEqual([['Armenia', 'Q399'], ['Heritage', 'Q1348278']]);
  });

  it('reads a place head word with "of" as one place: "Bay of Islands" is no "Bay"', async () => {
    const { mentions } = await annotate('The treaty was first signed in the Bay of Islands in 1840.', newsKb());
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([['place', 'Bay of Islands']]);
  });

  it('takes a town named by a word the article also uses as a word for that town only with its state nearby', async () => {
    const { mentions } = await annotate('Visitors to the Hurricane exhibit said a hurricane hit the coast.', newsKb());
    expect(mentions).toEqual([]);
    const town = await annotate('Rain fell on Olympia, Washington, where olympia is also a word.', newsKb());
    expect(town.mentions.map((m) => [m.text, m.entityId])).toEqual([['Olympia', 'kb:geonames:5805687'], ['Washington', 'Q1223']]);
  });

  it('links a company named with a possessive only where the text writes the possessive', async () => {
    const { mentions } = await annotate('Critics praised Sainsbury in the lead role, and Sainsbury’s sold the tickets.', newsKb());
    expect(mentions.filter((m) => m.kind === 'org').map((m) => m.text)).toEqual(['Sainsbury’s']);
  });

  it('refers to no one the article names from an author in its references', async () => {
    const text = 'Jane Wilson founded the firm in Auckland.\n^ Wilson, John (March 2009). "History of the firm". Te Ara.';
    const { mentions } = await annotate(text, newsKb());
    expect(mentions.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Jane Wilson']);
  });

  it('does not take a given name before a state for a person', async () => {
    const { mentions } = await annotate('The rally drew crowds in Austin Texas on Sunday.', newsKb());
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([['place', 'Texas']]);
  });

  it('does not link a surname to a namesake when the article names someone else in full', async () => {
    const text = 'Mary Trump, a psychologist, wrote a book. Trump said it was about family.';
    const { mentions } = await annotate(text, newsKb());
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Mary Trump', 'article:mary-trump'],
      ['Trump', 'article:mary-trump'],
    ]);
  });
});

describe('uncovered', () => {
  it('keeps only the figures no name overlaps, names in any order and nested', () => {
    const names = [{ start: 40, end: 50 }, { start: 0, end: 30 }, { start: 5, end: 10 }];
    const figures = [
      { start: 0, end: 2 }, { start: 12, end: 14 }, { start: 29, end: 32 }, { start: 30, end: 35 },
      { start: 38, end: 41 }, { start: 50, end: 55 },
    ];
    expect(uncovered(figures, names)).toEqual([{ start: 30, end: 35 }, { start: 50, end: 55 }]);
    expect(uncovered(figures, [])).toEqual(figures);
  });
});
