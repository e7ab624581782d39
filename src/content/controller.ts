/**
 * One page's life with the extension: detect the article, collect its text, ask the background
 * for mentions, paint them, open cards on hover, follow the settings, answer the popup, and
 * remove everything it added when switched off or when the extension goes away.
 */
import type { AnnotateResult, EntityCard } from '../core/types.js';
import { browser, listen, loadSettings, onSettingsChanged, toBackground } from '../shared/browser-api.js';
import { CONTENT_REQUESTS, isCardMap, parseRequest, type CardRef, type CastEntry, type Envelope, type PageState } from '../shared/messages.js';
import { isActiveOn, type Settings } from '../shared/settings.js';
import { TextCollector, type CollectedText } from './collect.js';
import { detectArticleSliced } from './detect/index.js';
import { buildRanges, clearPaint, customHighlightsSupported, FLASH_HIGHLIGHT, paint, type PaintedMention } from './paint.js';
import { Deadline } from './schedule.js';
import { OverlayPainter } from './overlay-paint.js';
import { styleShadowRoots, unstyleShadowRoots } from './highlight-style.js';
import { ArticleWatcher, type ChangeReason } from './watch.js';
import { HitTester } from './hit-test.js';
import { HoverTracker } from './hover.js';
import { UiHost } from './card/ui-host.js';
import { pageTheme } from './theme.js';
import { loadUnlinked, onUnlinkedChanged, setUnlinked } from '../shared/unlinked.js';
import { castOf } from './cast.js';
import { annotateText } from './annotate-client.js';

/** How long a mention flashes after the popup's cast list jumps to it. */
const FLASH_MS = 1500;

/**
 * The script runs in every frame so that an article inside a same-origin iframe is covered; but
 * embeds (a post, a video, an ad) are frames too. A frame acts only when it is big enough to be
 * read and holds a real article of at least this much text.
 */
const SUBFRAME_MIN_ARTICLE_CHARS = 800;
const SUBFRAME_MIN_WIDTH_PX = 300;
const SUBFRAME_MIN_HEIGHT_PX = 200;

function isSubframe(view: Window | null): boolean {
  try {
    return !!view && view.top !== view;
  } catch {
    return true;
  }
}

interface Annotated {
  collected: CollectedText;
  result: AnnotateResult;
  painted: PaintedMention[];
}

export class PageController {
  private settings: Settings | undefined;
  private annotated: Annotated | undefined;
  private articleFound = false;
  private forced = false;
  private hover: HoverTracker | undefined;
  private readonly ui: UiHost;
  /** Paints where the Custom Highlight API is missing; undefined where it is present. */
  private readonly overlay: OverlayPainter | undefined;
  private readonly cleanups: (() => void)[] = [];
  private scanning: Promise<void> | undefined;
  private destroyed = false;
  private readonly watcher: ArticleWatcher;
  /** Bumped by every repaint, so a slow paint in progress stops when a newer one starts. */
  private paintGeneration = 0;
  /** Entities the reader unlinked on this site ("Not this person?"). */
  private unlinked = new Set<string>();
  /** The mention whose card is open, to refresh the card when its KB card arrives. */
  private shown: { item: PaintedMention; fromKeyboard: boolean } | undefined;
  /** Index into the visible mentions of the last keyboard jump. */
  private keyboardIndex = -1;

  constructor(private readonly doc: Document) {
    this.ui = new UiHost(doc);
    this.overlay = customHighlightsSupported() ? undefined : new OverlayPainter(doc, () => this.ui.layer());
    this.watcher = new ArticleWatcher(doc, (reason) => this.onPageChange(reason));
  }

  /**
   * False once the extension was updated, reloaded or removed while this page stayed open:
   * this script is then an orphan and must take away everything it added.
   */
  private contextValid(): boolean {
    try {
      return !!browser.runtime?.id;
    } catch {
      return false;
    }
  }

  private onPageChange(reason: ChangeReason): void {
    if (!this.contextValid()) return this.destroy();
    if (reason === 'navigated') {
      // Another article now: nothing of the old one may linger.
      this.unpaint();
      this.annotated = undefined;
      this.forced = false;
    }
    if (this.active()) void this.scan(this.forced);
  }

  async start(): Promise<void> {
    this.settings = await loadSettings();
    this.unlinked = new Set((await loadUnlinked())[this.site] ?? []);
    this.cleanups.push(onSettingsChanged((s) => void this.applySettings(s)));
    this.cleanups.push(onUnlinkedChanged((all) => {
      this.unlinked = new Set(all[this.site] ?? []);
      if (this.annotated && this.active()) this.repaint();
    }));
    const ownPages = browser.runtime.getURL('');
    this.cleanups.push(listen((raw, sender) => {
      // Only our own extension pages (the popup) talk to us; never a page or another extension.
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages)) return undefined;
      const parsed = parseRequest(raw, CONTENT_REQUESTS);
      if (!parsed.ok) return Promise.reject(new Error(parsed.error));
      return this.handle(parsed.message);
    }));
    this.listenForBackForwardCache();
    await this.applySettings(this.settings);
  }

  /**
   * A page kept in the back/forward cache keeps this script, its highlights and its state, but
   * hears nothing while frozen: on the way out the card closes; on the way back the extension
   * may have been reloaded (then this script is an orphan and cleans up), and settings or
   * unlinked names may have changed (they are read again and applied).
   */
  private listenForBackForwardCache(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const abort = new AbortController();
    this.cleanups.push(() => abort.abort());
    view.addEventListener('pagehide', () => {
      this.hover?.closeNow();
    }, { signal: abort.signal });
    view.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      if (!this.contextValid()) return this.destroy();
      void this.refreshAfterRestore();
    }, { signal: abort.signal });
  }

  private async refreshAfterRestore(): Promise<void> {
    try {
      const [settings, unlinked] = await Promise.all([loadSettings(), loadUnlinked()]);
      if (this.destroyed) return;
      this.unlinked = new Set(unlinked[this.site] ?? []);
      await this.applySettings(settings);
    } catch (error) {
      if (isContextInvalidated(error)) this.destroy();
    }
  }

  private get site(): string {
    return this.doc.location?.hostname ?? '';
  }

  private active(): boolean {
    return !!this.settings && (isActiveOn(this.settings, this.site) || this.forced);
  }

  private async applySettings(settings: Settings): Promise<void> {
    this.settings = settings;
    if (!this.active()) {
      this.unpaint();
      return;
    }
    if (this.annotated) this.repaint();
    else await this.scan();
  }

  private async handle(message: Envelope): Promise<unknown> {
    switch (message.type) {
      case 'content:getState':
        return this.state();
      case 'content:highlightAnyway':
        this.forced = true;
        await this.scan(true);
        return this.state();
      case 'content:focusNext':
        return { ok: this.focusNext() };
      case 'content:jumpTo': {
        const { entityId } = message.payload as { entityId: string };
        return { ok: this.jumpTo(entityId) };
      }
      default:
        throw new Error(`unhandled ${message.type}`);
    }
  }

  private state(): PageState {
    const cast: CastEntry[] = this.annotated ? castOf(this.annotated.result).filter((c) => !this.unlinked.has(c.id)) : [];
    return { site: this.site, articleFound: this.articleFound, painted: !!this.hover, cast };
  }

  /** Detects, collects and annotates the article; `force` treats the whole body as the article. */
  scan(force = false): Promise<void> {
    // One scan at a time: a second request waits for the first rather than racing it.
    this.scanning = (this.scanning ?? Promise.resolve()).then(() => this.doScan(force)).catch((error: unknown) => {
      if (isContextInvalidated(error)) this.destroy();
      else console.debug('[article-context] scan failed:', error instanceof Error ? error.message : String(error));
    });
    return this.scanning;
  }

  private async doScan(force: boolean): Promise<void> {
    if (this.destroyed) return;
    const deadline = new Deadline();
    const view = this.doc.defaultView;
    const subframe = isSubframe(view);
    if (subframe && view && (view.innerWidth < SUBFRAME_MIN_WIDTH_PX || view.innerHeight < SUBFRAME_MIN_HEIGHT_PX)) return;
    const detection = await detectArticleSliced(this.doc, () => deadline.expired(), () => deadline.yield());
    this.articleFound = detection.found;
    if (!detection.found && !force) {
      // Frames never wait for an article to arrive: the top page's script does that.
      if (!subframe) this.watcher.watch([]);
      return;
    }
    const fallback = detection.candidate ?? this.doc.body;
    const roots = detection.found ? detection.roots : fallback ? [fallback] : [];
    const collector = new TextCollector(roots, { exclude: detection.exclude });
    while (!collector.step(() => deadline.expired())) await deadline.yield();
    const collected = collector.result();
    if (subframe && collected.text.length < SUBFRAME_MIN_ARTICLE_CHARS) return;
    // Joining a long text and handing it to the messaging layer are each a few milliseconds a
    // megabyte: not in the same task.
    await deadline.yield();
    this.watcher.watch(roots, collected.shadowRoots);
    if (!collected.text.trim()) return;
    const result = await annotateText(
      { text: collected.text, url: this.doc.location?.href ?? '', ...(detection.published ? { date: detection.published } : {}) },
      () => deadline.yield(),
    );
    if (this.destroyed || !this.active()) return;
    await deadline.yield();
    const painted = await buildRanges(this.doc, collected, result.mentions, () => deadline.expired(), () => deadline.yield());
    if (this.destroyed || !this.active()) return;
    if (!this.overlay) styleShadowRoots(collected.shadowRoots);
    const annotated = { collected, result, painted };
    this.annotated = annotated;
    this.repaint();
    await this.fillCards(annotated);
  }

  /**
   * Asks for the KB cards the annotate answer left pending and puts them in place, keeping what
   * the article says. A card hovered before they arrive shows the entity's name and the
   * article's context; a failure leaves it so.
   */
  private async fillCards(annotated: Annotated): Promise<void> {
    const entities = annotated.result.entities;
    const refs: CardRef[] = [];
    for (const card of Object.values(entities)) if (card.pendingRef !== undefined) refs.push({ id: card.id, ref: card.pendingRef });
    if (refs.length === 0) return;
    const cards: unknown = await toBackground('bg:cards', { refs });
    if (!isCardMap(cards) || this.destroyed || this.annotated !== annotated) return;
    for (const [id, card] of Object.entries(cards)) {
      const current = entities[id];
      if (!current || current.pendingRef === undefined) continue;
      const filled: EntityCard = { ...card };
      if (current.article) filled.article = current.article;
      entities[id] = filled;
    }
    // A card opened before its KB facts came shows them now.
    const shown = this.shown;
    if (shown && shown.item.mention.entityId in cards) this.openCard(shown.item, annotated.result, shown.fromKeyboard);
  }

  /** The painted mentions the reader wants to see: kinds switched on, nothing unlinked. */
  private visible(): PaintedMention[] {
    const { annotated, settings } = this;
    if (!annotated || !settings) return [];
    return annotated.painted.filter((p) => settings.kinds[p.mention.kind] && !this.unlinked.has(p.mention.entityId));
  }

  private repaint(): void {
    const annotated = this.annotated;
    const settings = this.settings;
    if (!annotated || !settings) return;
    const visible = this.visible();
    const generation = ++this.paintGeneration;
    if (this.overlay) this.overlay.paint(visible, settings.kinds);
    else {
      const deadline = new Deadline();
      void paint(visible, settings.kinds, () => deadline.expired(), () => deadline.yield(), () => generation === this.paintGeneration && !this.destroyed);
    }
    // Indexed on the first pointer move, not here: on a book-length page the index costs
    // milliseconds that would lengthen the paint's task, and most loads are never hovered.
    let tester: HitTester | undefined;
    this.hover?.destroy();
    this.hideCard();
    this.hover = new HoverTracker(this.doc, {
      hitTest: (x, y) => {
        if (!this.contextValid()) {
          this.destroy();
          return undefined;
        }
        tester ??= new HitTester(annotated.collected, visible);
        return tester.at(this.doc, x, y);
      },
      isOwnUi: (target) => this.ui.contains(target),
      open: (item, fromKeyboard) => this.openCard(item, annotated.result, fromKeyboard ?? false),
      close: () => this.hideCard(),
      dwellMs: () => this.settings?.dwellMs ?? 250,
    });
  }

  private openCard(item: PaintedMention, result: AnnotateResult, fromKeyboard: boolean): void {
    const card: EntityCard | undefined = result.entities[item.mention.entityId];
    if (!card) return;
    const rects = Array.from(item.range.getClientRects());
    const first = rects[0] ?? item.range.getBoundingClientRect();
    const anchor = { left: first.left, top: first.top, right: first.right, bottom: first.bottom };
    const container = item.range.commonAncestorContainer;
    const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
    const relatedTexts = (card.figure?.related ?? [])
      .map((id) => result.mentions.find((m) => m.entityId === id)?.text)
      .filter((text): text is string => !!text);
    const id = card.id;
    const unlinkable = card.kind !== 'figure' && !id.startsWith('user:');
    const onUnlink = unlinkable ? () => void setUnlinked(this.site, id, true) : undefined;
    this.ui.show({ card, mentionText: item.mention.text, relatedTexts, onUnlink }, anchor, pageTheme(element), fromKeyboard);
    this.shown = { item, fromKeyboard };
  }

  /** Keyboard users: scrolls to the next highlight and opens its card, focused. */
  private focusNext(): boolean {
    const visible = this.visible().sort((a, b) => a.mention.start - b.mention.start);
    if (visible.length === 0 || !this.hover) return false;
    this.keyboardIndex = (this.keyboardIndex + 1) % visible.length;
    const target = visible[this.keyboardIndex];
    if (!target) return false;
    const container = target.range.startContainer;
    const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
    element?.scrollIntoView({ block: 'center' });
    const hover = this.hover;
    // Let the scroll settle so the card is placed against the word where it now is.
    requestAnimationFrame(() => requestAnimationFrame(() => hover.showFromKeyboard(target)));
    return true;
  }

  private hideCard(): void {
    this.shown = undefined;
    this.ui.hide();
  }

  private unpaint(): void {
    this.paintGeneration++;
    clearPaint();
    this.overlay?.clear();
    this.hover?.destroy();
    this.hover = undefined;
    this.hideCard();
  }

  private jumpTo(entityId: string): boolean {
    const target = this.annotated?.painted.find((p) => p.mention.entityId === entityId);
    if (!target) return false;
    const container = target.range.startContainer;
    const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
    // Smooth where the reader can see it; a hidden tab would never finish the animation.
    element?.scrollIntoView({ block: 'center', behavior: this.doc.hidden ? 'auto' : 'smooth' });
    if (customHighlightsSupported()) {
      CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(target.range));
      setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), FLASH_MS);
    }
    return true;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.unpaint();
    this.overlay?.destroy();
    unstyleShadowRoots();
    this.ui.destroy();
    this.watcher.destroy();
    for (const cleanup of this.cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // The extension context may already be gone; nothing left to remove then.
      }
    }
  }
}

export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated|Extension context/i.test(message);
}
