import { setupI18n, type Messages } from '@lingui/core';
import type en from './locales/en.json';

/**
 * The one Lingui instance. Each catalog is a chunk of its own, fetched when its locale becomes active
 * (main.tsx activates one before the first render), so neither weighs on the first download and the
 * inactive one is never fetched. Tests activate English in their setup.
 */
export const i18n = setupI18n({});

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every message id; the English catalog is the list (the zh-CN catalog must hold the same keys). */
export type MessageKey = keyof typeof en;
export type MessageValues = Readonly<Record<string, string | number | null | undefined>>;

/** A message of the active locale; for code outside components (helpers called while rendering). */
export function t(key: MessageKey, values?: MessageValues): string {
  return i18n._(key, values as Record<string, unknown> | undefined);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The closest supported locale to a BCP 47 tag: any Chinese is zh-CN, any English en, else null. */
export function matchLocale(tag: string): Locale | null {
  const lower = tag.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
}

interface LocaleSources {
  /** The signed-in user's `locale` (SPEC 10), when the API gives one. */
  readonly user?: string | null;
  /** The choice remembered in this browser (the switcher). */
  readonly stored?: string | null;
  /** `navigator.languages`, most preferred first. */
  readonly languages?: readonly string[];
}

/**
 * SPEC 11: the user's locale, else the remembered choice, else the browser's languages, else en.
 * Pure, so the order is tested; wiring `me.locale` in is passing it as `user`.
 */
export function resolveLocale({ user, stored, languages = [] }: LocaleSources): Locale {
  for (const candidate of [user, stored]) {
    if (candidate) {
      const match = matchLocale(candidate);
      if (match) return match;
    }
  }
  for (const language of languages) {
    const match = matchLocale(language);
    if (match) return match;
  }
  return 'en';
}

const STORAGE_KEY = 'licensing.locale';

export function storedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}

/** The locale this browser starts in (the user's own, once signed in, is applied by `activateLocale`). */
export function initialLocale(): Locale {
  return resolveLocale({ stored: storedLocale(), languages: typeof navigator === 'undefined' ? [] : navigator.languages });
}

async function catalog(locale: Locale): Promise<Messages> {
  const module = locale === 'en' ? await import('./locales/en.json') : await import('./locales/zh-CN.json');
  return module.default;
}

/** Loads the locale's catalog if needed, switches every `useT` component to it and sets `<html lang>`. */
export async function activateLocale(locale: Locale): Promise<void> {
  if (i18n.locale !== locale) {
    i18n.load(locale, await catalog(locale));
    i18n.activate(locale);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
