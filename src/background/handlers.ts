/** One handler per background message. */
import { annotate } from '../core/annotate.js';
import type { Envelope, KbInfo, Request } from '../shared/messages.js';
import { getKb, getKbInfo } from './kb-source.js';

export async function handleMessage(message: Envelope): Promise<unknown> {
  switch (message.type) {
    case 'bg:annotate': {
      const { text, url, date } = message.payload as Request<'bg:annotate'>;
      const kb = await getKb();
      return annotate(text, kb, { url, ...(date ? { date } : {}) });
    }
    case 'bg:kbInfo':
      return (await getKbInfo()) satisfies KbInfo;
    default:
      throw new Error(`unhandled ${message.type}`);
  }
}
