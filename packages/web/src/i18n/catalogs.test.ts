import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
const tags = (message: string) => [...message.matchAll(/<(\d+)>/g)].map((m) => m[1]).sort();

describe('the catalogs', () => {
  it('hold the same keys (SPEC 11)', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('use no placeholder English lacks, and the same tags, for each key', () => {
    for (const [key, message] of Object.entries(en)) {
      const zh = (zhCN as Record<string, string>)[key] ?? '';
      const known = new Set(placeholders(message));
      // Chinese may leave a value out (a count the sentence does not need), never invent one.
      expect([key, placeholders(zh).filter((p) => !known.has(p))]).toEqual([key, []]);
      expect([key, tags(zh)]).toEqual([key, tags(message)]);
    }
  });

  it('say SPEC 11 glossary terms exactly as the glossary does', () => {
    // The glossary of docs/SPEC.md §11, English → the one Chinese term users and tests agree on.
    const glossary: Record<string, [string, string]> = {
      'term.platformLicense': ['Platform license', '平台许可证'],
      'term.agentLicense': ['Agent license', '智能体许可证'],
      'term.platformUnlimited': ['Platform license (unlimited agents)', '平台许可证（无限智能体）'],
      'term.unused': ['Unused', '未使用'],
      'term.activated': ['Activated', '已激活'],
      'term.expired': ['Expired', '已过期'],
      'term.subscription': ['Subscription', '正式订阅'],
      'term.buyout': ['Buyout', '正式买断'],
      'term.test': ['Test', '测试'],
      'term.permanent': ['Permanent', '永久'],
      'term.uploadLicensePackage': ['Upload license package', '上传许可证书'],
      'term.bindTo': ['Bind to', '绑定'],
      'term.agent': ['Agent', '智能体'],
      'term.platform': ['Platform', '平台'],
      'term.license': ['License', '许可证'],
      'term.signIn': ['Sign in', '登录'],
      // Where the app shows those terms: enum labels, the upload heading, the sign-in button.
      'license.type.PLATFORM': ['Platform license', '平台许可证'],
      'license.type.AGENT': ['Agent license', '智能体许可证'],
      'license.type.PLATFORM_UNLIMITED_AGENTS': ['Platform license (unlimited agents)', '平台许可证（无限智能体）'],
      'license.mode.SUBSCRIPTION': ['Subscription', '正式订阅'],
      'license.mode.BUYOUT': ['Buyout', '正式买断'],
      'license.mode.TEST': ['Test', '测试'],
      'license.validity.permanent': ['Permanent', '永久'],
      'upload.title': ['Upload license package', '上传许可证书'],
      'page.sign-in': ['Sign in', '登录'],
    };
    for (const [key, [english, chinese]] of Object.entries(glossary)) {
      expect([key, (en as Record<string, string>)[key]]).toEqual([key, english]);
      expect([key, (zhCN as Record<string, string>)[key]]).toEqual([key, chinese]);
    }
  });

  it('never uses a near-synonym of a glossary term in Chinese', () => {
    // Words a translator might reach for instead of the glossary's: 代理/机器人 for 智能体, 授权书/执照 for 许可证.
    for (const [key, message] of Object.entries(zhCN)) {
      expect([key, /代理|机器人|授权书|执照|登入|签到|买断制|订阅制/.test(message)]).toEqual([key, false]);
    }
  });

  it('leave no English words in zh-CN beyond codes, names and formats', () => {
    // Codes and acronyms (CSV, RFC, LICENSE_TRUSTED_KEYS) are written in capitals in both languages.
    const allowed = /^(English|lcs|EdDSA|X-Channel-Token|Webhook|plural|other|one|number|percent|select|[A-Z][A-Z0-9]+)$/;
    for (const [key, message] of Object.entries(zhCN)) {
      const names = new Set(placeholders(message));
      const words = message.replace(/<\/?\d+>/g, '').match(/[A-Za-z][A-Za-z-]+/g);
      const english = (words ?? []).filter((w) => !allowed.test(w) && !names.has(w));
      expect([key, english]).toEqual([key, []]);
    }
  });
});
