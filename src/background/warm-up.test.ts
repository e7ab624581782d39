import { describe, expect, it } from 'vitest';
import { warmUpRecogniser } from './warm-up.js';

describe('warmUpRecogniser', () => {
  it('runs the whole pipeline on its own text without a KB: people by title, and figures', async () => {
    // An empty KB links nothing, so what is found comes from the recogniser and the figures.
    expect(await warmUpRecogniser()).toBeGreaterThanOrEqual(3);
  });
});
