/** One handler per background message. */
import { annotate } from '../core/annotate.js';
import { cardsFor } from './cards.js';
import { LongTexts, annotateRequest } from './long-texts.js';
import { type Envelope, type KbInfo, type Request, type Response } from '../shared/messages.js';
import { getKb, getKbInfo } from './kb-source.js';

const longTexts = new LongTexts();

export async function handleMessage(message: Envelope): Promise<unknown> {
  switch (message.type) {
    case 'bg:annotate': {
      performance.mark('ac:annotate-start');
      const answer = await annotateRequest(message.payload as Request<'bg:annotate'>, longTexts, getKb);
      performance.mark('ac:annotate-end');
      return answer;
    }
    case 'bg:textPart': {
      const { session, index, text } = message.payload as Request<'bg:textPart'>;
      return { received: longTexts.addPart(session, index, text) } satisfies Response<'bg:textPart'>;
    }
    case 'bg:resultPage': {
      const { session, page } = message.payload as Request<'bg:resultPage'>;
      return { mentions: longTexts.page(session, page) } satisfies Response<'bg:resultPage'>;
    }
    case 'bg:cards':
      return cardsFor(await getKb(), (message.payload as Request<'bg:cards'>).refs);
    case 'bg:kbInfo':
      return (await getKbInfo()) satisfies KbInfo;
    default:
      throw new Error(`unhandled ${message.type}`);
  }
}
