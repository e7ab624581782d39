import { describe, expect, it } from 'vitest';
import { slug } from './slug.js';

describe('slug', () => {
  it('folds names the same way whether or not they are plain ASCII', () => {
    expect(slug('Pete Hegseth')).toBe('pete-hegseth');
    expect(slug("Beto O'Rourke")).toBe('beto-orourke');
    expect(slug('Beto O’Rourke')).toBe('beto-orourke');
    expect(slug('Luis Rodríguez Bucio')).toBe('luis-rodriguez-bucio');
    expect(slug('  -Hamad al-Otaibi- ')).toBe('hamad-al-otaibi');
    expect(slug('Pete\nHegseth')).toBe('pete-hegseth');
    expect(slug('!!')).toBe('name');
  });
});
