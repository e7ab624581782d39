/** One handler per background message. */
import { annotate } from '../core/annotate.js';
import { cardsFor } from './cards.js';
import type { Envelope, KbInfo, Request } from '../shared/messages.js';
import { getKb, getKbInfo } from './kb-source.js';

export async function handleMessage(message: Envelope): Promise<unknown> {
  switch (message.type) {
    case 'bg:annotate': {
      const { text, url, date } = message.payload as Request<'bg:annotate'>;
      const kb = await getKb();
      // Highlights need no card: cards not read yet follow in `bg:cards`.
      return annotate(text, kb, { url, ...(date ? { date } : {}), waitForCards: false });
    }
    case 'bg:cards':
      return cardsFor(await getKb(), (message.payload as Request<'bg:cards'>).refs);
    case 'bg:kbInfo':
      return (await getKbInfo()) satisfies KbInfo;
    default:
      throw new Error(`unhandled ${message.type}`);
  }
}
