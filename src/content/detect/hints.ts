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

function isFurnitureWord(w: string): boolean {
  if (FURNITURE_WORDS.has(w)) return true;
  for (const stem of FURNITURE_STEMS) if (w.startsWith(stem) && COMPOUND_TAILS.has(w.slice(stem.length))) return true;
  return false;
}

/** Words of class names and ids of forums and threads: posts by many hands, not one article. */
const FORUM_WORDS = new Set([
  'forum', 'forums', 'thread', 'threads', 'threadview', 'postlist', 'posts', 'topic', 'topics',
  'messagelist', 'bbpress', 'phpbb', 'xenforo', 'vbulletin', 'discourse', 'postbit', 'postmsg',
  'username', 'userinfo', 'postauthor', 'quote', 'reply', 'answers', 'question',
]);

/** True when the element's class or id names a forum part. */
export function forumName(el: Element): boolean {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return false;
  for (const word of `${cls ?? ''} ${id ?? ''}`.split(SPLIT)) {
    if (word.length > 3 && FORUM_WORDS.has(word.toLowerCase())) return true;
  }
  return false;
}

const SPLIT = /[\s_\-:./]+|(?<=[a-z])(?=[A-Z])/;

/**
 * Words that mark a comment thread: strong enough to win over article words, since threads
 * are named after what they hang from ("article-comments", "post-replies").
 */
const THREAD_WORDS = new Set(['comment', 'comments', 'commentlist', 'disqus', 'discussion', 'replies', 'respond']);

/** A class or id of more words than this is a slug of a heading ("sharing-with-a-…"), not a role. */
const MAX_NAME_WORDS = 4;

/**
 * -1 furniture, +1 article body, 0 neither. Furniture and article words together
 * ("entry-content share-enabled") cancel out and leave the text to decide, except that a
 * comment-thread word always marks furniture.
 */
export function nameHint(el: Element): number {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return 0;
  let furniture = false;
  let article = false;
  for (const name of `${cls ?? ''} ${id ?? ''}`.split(/\s+/)) {
    if (!name) continue;
    const words = name.split(SPLIT);
    if (words.length > MAX_NAME_WORDS) continue;
    for (const word of words) {
      if (word.length < 2) continue;
      const w = word.toLowerCase();
      if (THREAD_WORDS.has(w) || (w.startsWith('comment') && COMPOUND_TAILS.has(w.slice(7)))) return -1;
      if (isFurnitureWord(w)) furniture = true;
      else if (ARTICLE_WORDS.has(w)) article = true;
    }
  }
  if (furniture) return article ? 0 : -1;
  return article ? 1 : 0;
}

/** True for elements that are page furniture by tag or role. */
export function isFurnitureByMarkup(el: Element, tag: string): boolean {
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  return role !== null && FURNITURE_ROLES.has(role);
}

/** True when the page hides the element without CSS we cannot see. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}
