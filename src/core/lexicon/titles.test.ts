import { describe, expect, it } from 'vitest';
import { NAME_PARTICLES, isNameParticle } from './titles.js';

describe('isNameParticle', () => {
  it('answers as the particle set does', () => {
    for (const p of NAME_PARTICLES) expect(isNameParticle(p)).toBe(true);
    for (const w of ['the', 'of', 'said', 'dell', 'vonn', 'a', '', 'élan', 'delacroix', 'bin2']) {
      expect(isNameParticle(w)).toBe(NAME_PARTICLES.has(w));
    }
  });
});
