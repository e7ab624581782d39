/**
 * Who may talk to the background: our own content scripts (in a tab, with our extension id) and
 * our own pages (popup, options: their URL is inside the extension). Web pages and other
 * extensions cannot reach `runtime.onMessage` without `externally_connectable`, which we do not
 * declare; this check is the second lock on that door.
 */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

export function isOwnSender(sender: SenderLike, ownId: string, ownBaseUrl: string): boolean {
  if (sender.id !== ownId) return false;
  if (sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(ownBaseUrl);
}
