import { describe, expect, it } from 'vitest';
import { isOwnSender } from './sender.js';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('isOwnSender', () => {
  it('accepts our content scripts and our pages', () => {
    expect(isOwnSender({ id: ID, tab: { id: 1 }, url: 'https://news.example/a' }, ID, BASE)).toBe(true);
    expect(isOwnSender({ id: ID, url: `${BASE}popup.html` }, ID, BASE)).toBe(true);
  });

  it('refuses other extensions and pages outside the extension', () => {
    expect(isOwnSender({ id: 'other', tab: { id: 1 } }, ID, BASE)).toBe(false);
    expect(isOwnSender({ id: ID, url: 'https://evil.example/' }, ID, BASE)).toBe(false);
    expect(isOwnSender({}, ID, BASE)).toBe(false);
  });
});
