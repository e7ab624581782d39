/**
 * Notices when the article changes under us: the page's own code editing it (a framework
 * re-rendering, a "read more" expander, infinite scroll), an article arriving after load, or a
 * client-side navigation to another article. One MutationObserver on the article root (or on
 * the body while no article is found), debounced so a burst of changes costs one rescan, and
 * rate-limited so a page that never stops changing (a ticker, a clock) cannot keep us busy.
 */

/** Quiet time after the last change before rescanning: lets a burst of edits settle. */
export const CHANGE_DEBOUNCE_MS = 400;
/** At most one rescan this often, however busy the page. */
export const MIN_RESCAN_INTERVAL_MS = 1500;
/**
 * While no article is found, only additions of at least this much text are worth another
 * look: an article arriving is paragraphs of text, not a badge or a timestamp.
 */
export const MIN_ADDED_TEXT_FOR_REDETECT = 200;

export type ChangeReason = 'article-changed' | 'article-detached' | 'content-added' | 'navigated';

export class ArticleWatcher {
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRun = 0;
  private pending: ChangeReason | undefined;
  private url: string;
  private roots: readonly Element[] = [];
  private shadowRoots: readonly ShadowRoot[] = [];
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly onChange: (reason: ChangeReason) => void,
  ) {
    this.url = doc.location?.href ?? '';
    const view = doc.defaultView;
    view?.addEventListener('popstate', () => this.checkUrl(), { signal: this.abort.signal });
    view?.addEventListener('hashchange', () => this.checkUrl(), { signal: this.abort.signal });
    // The Navigation API sees same-document navigations from pushState too (where present).
    const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
    navigation?.addEventListener('navigatesuccess', () => this.checkUrl(), { signal: this.abort.signal });
  }

  /**
   * Watches these article roots, and the open shadow roots inside them (an observer on a host
   * does not see into its shadow tree); with no roots, watches the body for an article to arrive.
   */
  watch(roots: readonly Element[], shadowRoots: readonly ShadowRoot[] = []): void {
    this.observer?.disconnect();
    this.roots = roots;
    this.shadowRoots = shadowRoots;
    const view = this.doc.defaultView;
    if (!view) return;
    this.observer = new view.MutationObserver((records) => this.onMutations(records));
    const targets = roots.length > 0 ? roots : this.doc.body ? [this.doc.body] : [];
    for (const target of [...targets, ...shadowRoots]) {
      this.observer.observe(target, { childList: true, subtree: true, characterData: true });
    }
    // Framework re-renders often swap the whole article node: watch its parent's child list.
    for (const root of roots) {
      if (root.parentNode) this.observer.observe(root.parentNode, { childList: true });
    }
  }

  private onMutations(records: MutationRecord[]): void {
    // Pushes of history state often come with DOM changes: the URL is the surer signal.
    if (this.checkUrl()) return;
    if (this.roots.length > 0) {
      if (this.roots.some((root) => !root.isConnected)) this.schedule('article-detached');
      else if (records.some((r) => this.insideRoots(r.target))) this.schedule('article-changed');
      return;
    }
    let added = 0;
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        added += node.textContent?.length ?? 0;
        if (added >= MIN_ADDED_TEXT_FOR_REDETECT) {
          this.schedule('content-added');
          return;
        }
      }
    }
  }

  private insideRoots(node: Node): boolean {
    return this.roots.some((root) => root === node || root.contains(node)) || this.shadowRoots.some((root) => root.contains(node));
  }

  /** True (and a rescan scheduled) when the page's URL changed since the last scan. */
  private checkUrl(): boolean {
    const href = this.doc.location?.href ?? '';
    if (href === this.url) return false;
    this.url = href;
    this.schedule('navigated');
    return true;
  }

  private schedule(reason: ChangeReason): void {
    // A navigation outranks any other pending reason: it resets everything.
    if (this.pending !== 'navigated') this.pending = reason;
    if (this.timer) clearTimeout(this.timer);
    const sinceLast = performance.now() - this.lastRun;
    const wait = Math.max(CHANGE_DEBOUNCE_MS, MIN_RESCAN_INTERVAL_MS - sinceLast);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const why = this.pending;
      this.pending = undefined;
      this.lastRun = performance.now();
      if (why) this.onChange(why);
    }, wait);
  }

  destroy(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.abort.abort();
  }
}
