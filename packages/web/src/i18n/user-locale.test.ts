import { describe, expect, it } from 'vitest';
import { LOCALES } from './i18n.js';
import { fromApiLocale, toApiLocale } from './user-locale.js';

describe('the API locale ↔ the app locale', () => {
  it('maps zh_CN to zh-CN and en to en, and back', () => {
    expect(fromApiLocale('zh_CN')).toBe('zh-CN');
    expect(fromApiLocale('en')).toBe('en');
    expect(toApiLocale('zh-CN')).toBe('zh_CN');
    expect(toApiLocale('en')).toBe('en');
    for (const locale of LOCALES) expect(fromApiLocale(toApiLocale(locale))).toBe(locale);
  });

  it('gives no locale for a user who never chose one, so the browser decides', () => {
    expect(fromApiLocale(null)).toBeNull();
    expect(fromApiLocale(undefined)).toBeNull();
  });
});
