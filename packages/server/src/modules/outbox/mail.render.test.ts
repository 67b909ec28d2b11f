import { describe, expect, it } from 'vitest';
import type { ExpiryEvent } from '../expiry/index.js';
import { MAIL_CATALOGS } from './mail.messages.js';
import { formatInstant, renderReminderMail } from './mail.render.js';

const platformReminder: ExpiryEvent = {
  kind: 'REMINDER',
  resourceType: 'PLATFORM',
  resourceId: 'i-1',
  name: 'Platform',
  expiresAt: '2027-05-31T00:00:00.000Z',
  daysLeft: 7,
  threshold: 7,
};
const agentExpired: ExpiryEvent = { ...platformReminder, kind: 'EXPIRED', resourceType: 'AGENT', name: 'Support <bot>', daysLeft: 0, threshold: null };

describe('renderReminderMail', () => {
  it('names the resource and days left, the exact expiry, what stops, and links the app (en)', () => {
    const mail = renderReminderMail(platformReminder, 'en', 'https://licenses.example.com');
    expect(mail.subject).toBe('[License] Platform: 7 days left');
    expect(mail.text).toContain('2027-05-31 00:00:00 UTC');
    expect(mail.text).toContain('everything stops except signing in');
    expect(mail.text).toContain('https://licenses.example.com/');
    expect(mail.html).toContain('href="https://licenses.example.com/"');
    expect(renderReminderMail({ ...platformReminder, daysLeft: 1 }, 'en', 'https://x').subject).toBe('[License] Platform: 1 day left');
  });

  it('says expired, names the agent channel, and escapes names in HTML', () => {
    const mail = renderReminderMail(agentExpired, 'en', 'https://x');
    expect(mail.subject).toBe('[License] Support <bot>: expired');
    expect(mail.text).toContain('the channel of Support <bot> answers no messages');
    expect(mail.html).toContain('Support &lt;bot&gt;');
    expect(mail.html).not.toContain('<bot>');
  });

  it('speaks zh-CN with the glossary terms', () => {
    expect(renderReminderMail(platformReminder, 'zh-CN', 'https://x').subject).toBe('【许可证】 平台: 剩余 7 天');
    expect(renderReminderMail(agentExpired, 'zh-CN', 'https://x').subject).toContain('已过期');
    expect(renderReminderMail(agentExpired, 'zh-CN', 'https://x').text).toContain('智能体许可证');
  });

  it('has the same keys in every catalog', () => {
    expect(Object.keys(MAIL_CATALOGS['zh-CN']).sort()).toEqual(Object.keys(MAIL_CATALOGS.en).sort());
  });

  it('formats the instant to the second, in UTC', () => {
    expect(formatInstant('2027-05-31T23:59:59.000Z')).toBe('2027-05-31 23:59:59 UTC');
  });
});
