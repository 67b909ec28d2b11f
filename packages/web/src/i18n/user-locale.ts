import type { Locale as ApiLocale } from '@licensing/schema/web';
import type { Locale } from './i18n.js';

/** The API's locale enum (`zh_CN`: GraphQL names cannot hold a hyphen) as the app's BCP 47 tag, and back. */
export function fromApiLocale(locale: ApiLocale | null | undefined): Locale | null {
  if (locale == null) return null; // never chosen: the browser's language decides
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}

export function toApiLocale(locale: Locale): ApiLocale {
  return locale === 'zh-CN' ? 'zh_CN' : 'en';
}
