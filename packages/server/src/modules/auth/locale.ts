/** The languages a user may choose (SPEC 10, 11). */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
