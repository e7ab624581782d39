/**
 * What markup says about an element before we count its text: tags and roles that hold page
 * furniture, and the words sites use in class names and ids for article bodies and for the
 * boxes around them. Hints only tilt the text statistics (see `stats.ts`); they never decide
 * alone, because sites reuse words freely ("post-share-wrapper" may wrap the whole story).
 */

/** Never counted and never entered: not prose, or not shown. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK', 'TEXTAREA', 'SELECT', 'OPTION',
  'BUTTON', 'INPUT', 'DIALOG',
]);

/**
 * Elements that start a paragraph unit: text directly inside (through inline elements) is
 * judged as one paragraph when the element closes.
 */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Tags that hold page furniture whatever their class says. */
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);

/** ARIA roles of page furniture. */
const FURNITURE_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog',
  'alertdialog', 'toolbar', 'tablist',
]);

/**
 * Words of class names and ids that mark boxes around an article rather than the article.
 * Matched as whole words of the name, split on '-', '_' and case changes, so "share" finds
 * "article-share-bar" and "shareBar" but not "shareholder".
 */
const FURNITURE_WORDS = new Set([
  'comment', 'comments', 'commentlist', 'disqus', 'discussion', 'replies', 'respond',
  'share', 'sharing', 'sharebar', 'social', 'socials', 'sociable', 'addthis', 'sharethis',
  'related', 'recommended', 'recommendations', 'recirculation', 'recirc', 'outbrain', 'taboola',
  'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'regwall', 'piano',
  'promo', 'promotion', 'sponsor', 'sponsored', 'advert', 'advertisement', 'advertising', 'ad',
  'ads', 'adslot', 'adunit', 'dfp', 'gpt', 'banner',
  'sidebar', 'rail', 'aside', 'gallery', 'slideshow', 'carousel', 'slider',
  'footer', 'masthead', 'menu', 'navbar', 'nav', 'navigation', 'breadcrumb', 'breadcrumbs',
  'pagination', 'pager', 'popup', 'modal', 'overlay', 'cookie', 'cookies', 'consent', 'gdpr',
  'trending', 'popular', 'mostread', 'toolbar', 'tags', 'tagcloud', 'taglist', 'topics',
  'keywords', 'authorbox', 'follow', 'rating', 'ratings',
  'login', 'signin', 'register', 'cart', 'search',
]);

/** Words of class names and ids of article bodies. */
const ARTICLE_WORDS = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'main', 'post', 'story', 'text',
  'blog', 'prose', 'hentry', 'richtext', 'markdown', 'page', 'column', 'storybody', 'postbody',
  'entrycontent', 'single',
]);

/**
 * Furniture words glued to a common tail ("relatedposts", "sharebuttons", "commentlist"):
 * the stem marks furniture only with one of these tails, so "shareholder" stays prose.
 */
const FURNITURE_STEMS = ['related', 'share', 'sharing', 'comment', 'social', 'newsletter', 'sidebar', 'advert', 'promo', 'sponsor', 'subscribe', 'recommend', 'trending', 'popular'];
const COMPOUND_TAILS = new Set([
  's', 'posts', 'post', 'links', 'link', 'articles', 'article', 'stories', 'story', 'content', 'bar',
  'box', 'buttons', 'button', 'btns', 'tools', 'list', 'items', 'item', 'widget', 'area', 'wrapper',
  'wrap', 'container', 'block', 'section', 'module', 'panel', 'icons', 'menu', 'form', 'count',
]);

/** Words of class names and ids of forums and threads: posts by many hands, not one article. */
const FORUM_WORDS = new Set([
  'forum', 'forums', 'thread', 'threads', 'threadview', 'postlist', 'posts', 'topic', 'topics',
  'messagelist', 'bbpress', 'phpbb', 'xenforo', 'vbulletin', 'discourse', 'postbit', 'postmsg',
  'username', 'userinfo', 'postauthor', 'quote', 'reply', 'answers', 'question',
]);


/**
 * Words that mark a comment thread: strong enough to win over article words, since threads
 * are named after what they hang from ("article-comments", "post-replies").
 */
const THREAD_WORDS = new Set(['comment', 'comments', 'commentlist', 'disqus', 'discussion', 'replies', 'respond']);

/** A class or id of more words than this is a slug of a heading ("sharing-with-a-…"), not a role. */
const MAX_NAME_WORDS = 4;

/** What the words of one class or id value say (see `nameBits`). */
export const enum Name {
  /** A comment-thread word: furniture, whatever else the name says. */
  Thread = 1,
  Furniture = 2,
  Article = 4,
  /** A forum word (any name, however long). */
  Forum = 8,
}

/**
 * What the words of one class or id attribute value say, as `Name` bits. A value is looked at
 * word by word, and the bits of the class and of the id are simply or-ed, so callers can keep
 * the answer per distinct value: pages repeat a few class strings on thousands of elements.
 */
export function nameBits(value: string): number {
  if (!ANY_WORD.test(value)) return 0;
  if (!HAS_SPACE.test(value)) return wordsOfName(value);
  let bits = 0;
  const names = value.split(/\s+/);
  for (let k = 0; k < names.length; k++) {
    const name = names[k]!;
    if (name && ANY_WORD.test(name)) bits |= wordsOfName(name);
  }
  return bits;
}

const HAS_SPACE = /\s/;

/**
 * Where a name splits into words: a run of separators (_ - : . /), or a lower-case letter
 * followed by a capital ("shareBar"). Split natively: this runs for every distinct class
 * string of a page, at a point where a character loop in script would still be interpreted.
 */
const WORD_BREAK = /[_\-:./]+|(?<=[a-z])(?=[A-Z])/;
/** `WORD_BREAK` for a name without capitals: its separators only. */
const SEPARATORS = /[_\-:./]+/;

/**
 * Every word that means something in a class or id, with its `Name` bits: one lookup per word.
 * A thread word is not also furniture or article, furniture not also article, as when they
 * were tested in that order.
 */
const WORDS = new Map<string, number>();
{
  const add = (word: string, bit: number): void => {
    WORDS.set(word, (WORDS.get(word) ?? 0) | bit);
  };
  const furniture = [...FURNITURE_WORDS];
  for (const stem of FURNITURE_STEMS) for (const tail of COMPOUND_TAILS) furniture.push(stem + tail);
  for (const word of THREAD_WORDS) add(word, Name.Thread);
  for (const tail of COMPOUND_TAILS) add(`comment${tail}`, Name.Thread);
  for (const word of furniture) if (!WORDS.has(word)) add(word, Name.Furniture);
  for (const word of ARTICLE_WORDS) if (!WORDS.has(word)) add(word, Name.Article);
  for (const word of FORUM_WORDS) add(word, Name.Forum);
}
/** No word of `WORDS` is longer: longer words need no look-up. */
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length));

/**
 * Every word of `WORDS` is one of the listed words or a stem with a tail, so a value in which
 * none of these occurs has no `Name` bits: one native match instead of splitting it into words,
 * for the half of a page's class and id values that name nothing we know. Case-insensitive, as
 * the look-up is after lower-casing. Not Unicode-aware: with the `u` flag V8 took twice as
 * long to compile it and to run it. The one word that then goes unseen is one spelt with the
 * Kelvin sign (U+212A), which lower-cases to "k" but does not match it here.
 */
const ANY_WORD = new RegExp(
  [...FURNITURE_WORDS, ...ARTICLE_WORDS, ...FORUM_WORDS, ...THREAD_WORDS, ...FURNITURE_STEMS].join('|'),
  'i',
);

/**
 * `Name` bits of one name (a class or an id without white space), split into words on
 * separators and case changes ("article-share-bar", "shareBar") by one native split (see
 * `WORD_BREAK`). Leading and trailing separators make empty words, which count towards the
 * length limit.
 */
function wordsOfName(name: string): number {
  // Most names are in lower case already ("article-body"): then the words need no lowering,
  // and a split on separators alone gives the same words (there is no case change to split
  // at), without the look-behind that made the split the slowest step here.
  const lowered = name.toLowerCase() === name;
  const words = name.split(lowered ? SEPARATORS : WORD_BREAK);
  let bits = 0;
  // Indexed, not for…of: before V8 optimises this, each step of an iterator allocates.
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word.length < 2 || word.length > LONGEST_WORD) continue;
    const found = WORDS.get(lowered ? word : word.toLowerCase());
    if (found === undefined) continue;
    if (word.length > 3) bits |= found & Name.Forum;
    if (words.length <= MAX_NAME_WORDS) bits |= found & ~Name.Forum;
  }
  return bits;
}

/**
 * -1 furniture, +1 article body, 0 neither, from the `nameBits` of an element's class and id.
 * Furniture and article words together ("entry-content share-enabled") cancel out and leave
 * the text to decide, except that a comment-thread word always marks furniture.
 */
export function hintOf(bits: number): number {
  if (bits & Name.Thread) return -1;
  if (bits & Name.Furniture) return bits & Name.Article ? 0 : -1;
  return bits & Name.Article ? 1 : 0;
}

/** True for an ARIA role of page furniture. */
export function isFurnitureRole(role: string | null): boolean {
  return role !== null && FURNITURE_ROLES.has(role);
}

/**
 * An inline style that hides the element. The walk asks only elements whose style holds "none"
 * or "hidden" (`RARE_ATTRIBUTES` in stats.ts): a pattern here must contain one of the two.
 */
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** True when the page hides the element without CSS we cannot see. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  return false;
}

/** Facts about a tag that the page walk needs, as bits (see `tagFacts`). */
export const enum Tag {
  Skip = 1,
  Block = 2,
  Heading = 4,
  /** NAV, ASIDE, FOOTER. */
  Furniture = 8,
  /** Form controls, counted page-wide. */
  Control = 16,
  Link = 32,
  Code = 64,
  Form = 128,
  Time = 256,
  /** ARTICLE or MAIN. */
  Article = 512,
  /** BODY or HTML: no class or id hint. */
  Root = 1024,
  /** META or LINK: metadata sources. */
  Meta = 2048,
  Script = 4096,
  Head = 8192,
  /** A custom element's name (it holds a dash): web components keep their content in a shadow root. */
  Custom = 16384,
  /**
   * A built-in tag that may host a shadow root (the list of `attachShadow`): a childless one is
   * asked for it, since that is where a web component keeps its content.
   */
  ShadowHost = 32768,
  /** Tags the walk does something about when it opens one (see `run`). */
  Opening = Link | Code | Form | Time | Article,
}

/** Built-in tags that `attachShadow` accepts (custom elements take one too). */
const SHADOW_HOST_TAGS = new Set([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN',
]);

/** A tag name in upper case and its `Tag` bits. */
export interface TagFacts {
  tag: string;
  bits: number;
}

/** Tags with a `Tag` bit of their own. */
const TAG_BITS = new Map<string, number>([
  ['BUTTON', Tag.Control], ['INPUT', Tag.Control], ['SELECT', Tag.Control], ['TEXTAREA', Tag.Control],
  ['A', Tag.Link], ['CODE', Tag.Code], ['FORM', Tag.Form], ['TIME', Tag.Time], ['ARTICLE', Tag.Article],
  ['MAIN', Tag.Article], ['BODY', Tag.Root], ['HTML', Tag.Root], ['META', Tag.Meta], ['LINK', Tag.Meta],
  ['SCRIPT', Tag.Script], ['HEAD', Tag.Head],
]);

/** Inline tags that carry no `Tag` bit: listed so that `KNOWN_TAGS` covers what pages use most. */
const PLAIN_TAGS = [
  'SPAN', 'B', 'I', 'EM', 'STRONG', 'IMG', 'BR', 'HR', 'SMALL', 'SUP', 'SUB', 'U', 'S', 'CITE',
  'ABBR', 'LABEL', 'PICTURE', 'SOURCE', 'FONT', 'Q', 'MARK', 'KBD', 'SAMP', 'VAR', 'DEL', 'INS',
  'WBR', 'BIG', 'TT', 'STRIKE', 'DFN', 'BDI', 'BDO', 'RUBY', 'RT', 'RP', 'DATA', 'LEGEND',
  'AREA', 'MAP', 'TRACK', 'COL', 'COLGROUP', 'MENU', 'SLOT', 'NOBR', 'OUTPUT', 'METER', 'PROGRESS',
];

/**
 * Upper-case names of the tags that every list here names, and of the common inline ones: the
 * tags HTML pages are made of. Their facts can be worked out once, ahead of any page.
 */
export const KNOWN_TAGS: readonly string[] = [...new Set([
  ...SKIP_TAGS, ...BLOCK_TAGS, ...HEADING_TAGS, ...FURNITURE_TAGS, ...SHADOW_HOST_TAGS, ...TAG_BITS.keys(), ...PLAIN_TAGS,
])];

function factsOf(tag: string): TagFacts {
  let bits = TAG_BITS.get(tag) ?? 0;
  if (SKIP_TAGS.has(tag)) bits |= Tag.Skip;
  if (BLOCK_TAGS.has(tag)) bits |= Tag.Block;
  if (HEADING_TAGS.has(tag)) bits |= Tag.Heading;
  if (FURNITURE_TAGS.has(tag)) bits |= Tag.Furniture;
  if (tag.includes('-')) bits |= Tag.Custom;
  if (SHADOW_HOST_TAGS.has(tag)) bits |= Tag.ShadowHost;
  return { tag, bits };
}

/**
 * `TagFacts` of an element's tag name as the DOM gives it (any case). The walk keeps them per
 * tag name, so this runs once per distinct tag of a page.
 */
export function tagFacts(name: string): TagFacts {
  return factsOf(name.toUpperCase());
}
