import type { Locale } from '../auth/index.js';

/** The words of reminder mails, one catalog per locale; both always hold the same keys (the test checks). */
export interface MailCatalog {
  readonly subjectPrefix: string;
  readonly platform: string;
  readonly daysLeft: (days: number) => string;
  readonly expired: string;
  readonly reminderIntro: (name: string, days: number) => string;
  readonly expiredIntro: (name: string) => string;
  readonly expiresAtLabel: string;
  readonly platformStops: string;
  readonly agentStops: (name: string) => string;
  readonly renewPlatform: string;
  readonly renewAgent: string;
  readonly openApp: string;
  readonly footer: string;
}

/** Terms follow SPEC 11's glossary (平台, 智能体, 许可证, 已过期). */
export const MAIL_CATALOGS: Readonly<Record<Locale, MailCatalog>> = {
  en: {
    subjectPrefix: '[License]',
    platform: 'Platform',
    daysLeft: (days) => (days === 1 ? '1 day left' : `${days} days left`),
    expired: 'expired',
    reminderIntro: (name, days) => `The license of ${name} expires in ${days === 1 ? '1 day' : `${days} days`}.`,
    expiredIntro: (name) => `The license of ${name} has expired.`,
    expiresAtLabel: 'Expiry',
    platformStops:
      'When the platform license expires, everything stops except signing in and out, reading licenses, uploading license packages, binding agent licenses, and agent messaging.',
    agentStops: (name) => `When the agent license expires, the channel of ${name} answers no messages until a new license is bound.`,
    renewPlatform: 'Upload a license package to renew it.',
    renewAgent: 'Bind an agent license to renew it.',
    openApp: 'Open the license platform',
    footer: 'You receive this because you manage licenses. Turn these mails off under Preferences.',
  },
  'zh-CN': {
    subjectPrefix: '【许可证】',
    platform: '平台',
    daysLeft: (days) => `剩余 ${days} 天`,
    expired: '已过期',
    reminderIntro: (name, days) => `${name} 的许可证将在 ${days} 天后到期。`,
    expiredIntro: (name) => `${name} 的许可证已过期。`,
    expiresAtLabel: '到期时间',
    platformStops: '平台许可证到期后，除登录和退出、查看许可证、上传许可证书、绑定智能体许可证和智能体对话外，其余功能全部停止。',
    agentStops: (name) => `智能体许可证到期后，${name} 的渠道将不再回复任何消息，直到绑定新的许可证。`,
    renewPlatform: '请上传许可证书以续期。',
    renewAgent: '请绑定智能体许可证以续期。',
    openApp: '打开许可证平台',
    footer: '您收到此邮件是因为您负责管理许可证。可在“偏好设置”中关闭此类邮件。',
  },
};
