import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../common/format.js';
import { bannerText } from '../banners/urgency.js';
import { activateLocale, resolveLocale } from './i18n.js';

afterEach(() => activateLocale('en'));

describe('resolveLocale (SPEC 11)', () => {
  it("takes the user's locale, then the remembered choice, then the browser's languages, then en", () => {
    expect(resolveLocale({ user: 'zh-CN', stored: 'en', languages: ['en-US'] })).toBe('zh-CN');
    expect(resolveLocale({ user: null, stored: 'zh-CN', languages: ['en-US'] })).toBe('zh-CN');
    expect(resolveLocale({ stored: null, languages: ['fr-FR', 'zh-TW', 'en'] })).toBe('zh-CN');
    expect(resolveLocale({ languages: ['de', 'en-GB'] })).toBe('en');
    expect(resolveLocale({ languages: ['de'] })).toBe('en');
    expect(resolveLocale({ user: 'klingon', stored: 'xx', languages: [] })).toBe('en');
  });
});

describe('dates and days left in both locales', () => {
  // Boundary seconds: a day's last and first second, a year's turn, a leap day.
  const instants = ['2027-03-03T23:59:59Z', '2027-03-04T00:00:00Z', '2026-12-31T23:59:59Z', '2027-01-01T00:00:00Z', '2028-02-29T12:00:00Z'];
  const fields = (locale: string, iso: string) =>
    Object.fromEntries(
      new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
        .formatToParts(new Date(iso))
        .filter((p) => p.type !== 'literal')
        .map((p) => [p.type, p.value]),
    );

  it('name the same calendar day and minute for the same instant', async () => {
    for (const iso of instants) {
      await activateLocale('en');
      const english = formatDateTime(iso);
      await activateLocale('zh-CN');
      const chinese = formatDateTime(iso);
      expect(chinese).not.toBe(english);
      expect(fields('zh-CN', iso)).toEqual(fields('en', iso));
      const d = new Date(iso);
      expect(chinese).toContain(`${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`);
      expect(english).toContain(String(d.getFullYear()));
      expect(english).toContain(String(d.getDate()));
    }
  });

  it('say the same count of days left', async () => {
    for (const daysLeft of [0, 1, 2, 7, 15, 30, 45]) {
      const resource = { resourceType: 'PLATFORM' as const, resourceId: 'p', name: 'p', status: 'ACTIVE' as const, expiresAt: instants[0]!, daysLeft };
      await activateLocale('en');
      const english = bannerText(resource);
      await activateLocale('zh-CN');
      const chinese = bannerText(resource);
      if (daysLeft === 0) {
        expect(english).toContain('expired');
        expect(chinese).toContain('已于');
      } else {
        expect(english).toContain(daysLeft === 1 ? '1 day left' : `${daysLeft} days left`);
        expect(chinese).toContain(`还剩 ${daysLeft} 天`);
      }
    }
  });
});
