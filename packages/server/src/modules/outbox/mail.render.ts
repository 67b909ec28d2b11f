import type { ExpiryEvent } from '../expiry/index.js';
import type { Locale } from '../auth/index.js';
import { MAIL_CATALOGS } from './mail.messages.js';

/** A rendered mail, ready for the transport. */
export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** "2027-05-31 00:00:00 UTC": the exact instant, unambiguous in every locale. */
export function formatInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/**
 * SPEC 10: the mail for a REMINDER or EXPIRED event in the recipient's locale: the resource's name and
 * days left (or "expired") in the subject; the exact expiry, what stops working (SPEC 6) and a link.
 */
export function renderReminderMail(event: ExpiryEvent, locale: Locale, publicUrl: string): RenderedMail {
  const t = MAIL_CATALOGS[locale];
  const name = event.resourceType === 'PLATFORM' ? t.platform : event.name;
  const days = event.daysLeft ?? 0;
  const expired = event.kind === 'EXPIRED';
  const subject = `${t.subjectPrefix} ${name}: ${expired ? t.expired : t.daysLeft(days)}`;
  const intro = expired ? t.expiredIntro(name) : t.reminderIntro(name, days);
  const when = `${t.expiresAtLabel}: ${event.expiresAt === null ? '—' : formatInstant(event.expiresAt)}`;
  const stops = event.resourceType === 'PLATFORM' ? t.platformStops : t.agentStops(name);
  const renew = event.resourceType === 'PLATFORM' ? t.renewPlatform : t.renewAgent;
  const link = `${publicUrl}/`;
  const text = [intro, '', when, '', stops, renew, '', `${t.openApp}: ${link}`, '', '--', t.footer, ''].join('\n');
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; color: #1f2933; max-width: 560px; margin: 24px auto; line-height: 1.5">
<div style="border-left: 4px solid ${expired ? '#c62828' : '#e6a700'}; padding: 4px 16px">
<h1 style="font-size: 20px; margin: 0 0 8px">${escapeHtml(subject)}</h1>
<p style="margin: 0">${escapeHtml(intro)}</p>
</div>
<p><strong>${escapeHtml(t.expiresAtLabel)}:</strong> ${escapeHtml(event.expiresAt === null ? '—' : formatInstant(event.expiresAt))}</p>
<p>${escapeHtml(stops)} ${escapeHtml(renew)}</p>
<p><a href="${escapeHtml(link)}" style="display: inline-block; background: #1f6feb; color: #fff; padding: 8px 16px; border-radius: 6px; text-decoration: none">${escapeHtml(t.openApp)}</a></p>
<p style="color: #6b7280; font-size: 12px">${escapeHtml(t.footer)}</p>
</body></html>
`;
  return { subject, text, html };
}
