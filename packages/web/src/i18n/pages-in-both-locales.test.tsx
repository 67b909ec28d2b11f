import { MockedProvider } from '@apollo/client/testing/react';
import { I18nProvider } from '@lingui/react';
import { makeFragmentData } from '@licensing/schema/web';
import { act, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { FixedSessionProvider } from '../auth/session.js';
import { SignInPage } from '../auth/sign-in-page.js';
import { BannerList, ExpiryBannerFragment } from '../banners/banner-list.js';
import { BindDialog, BindDialogLicenseFragment } from '../binding/bind-dialog.js';
import { UploadResultLicenseFragment, UploadResultView } from '../licenses/upload-result.js';
import { RenewalPage, RenewalPagePlatformFragment } from '../renewal/renewal-page.js';
import { UploadProvider } from '../licenses/upload-context.js';
import { PAGE_SIZE } from '../common/load-more.js';
import { PreferencesPage, PreferencesPageQuery } from '../preferences/preferences-page.js';
import { WebhookDeliveries, WebhookDeliveriesQuery } from '../webhooks/webhook-deliveries.js';
import { WebhooksPage, WebhooksPageQuery } from '../webhooks/webhooks-page.js';
import { activateLocale, i18n, type Locale } from './i18n.js';
import en from './locales/en.json';

const keysShown = (text: string) => Object.keys(en).filter((key) => text.includes(key));

// Words allowed to stay Latin in Chinese: ids, addresses, codes, formats and the English option of the switcher
// (an event type such as webhook.test runs into the date after it in textContent, hence the digits).
const LATIN_ALLOWED =
  /^(English|lcs|JSON|HTTPS?|URL|Webhook|[a-z_]+(\.[a-z_]+)+[0-9]*|ID[0-9a-f-]*|AM|PM|admin@example\.com|[0-9a-f-]{8,}|[a-z]+\.lcs|acme|plat-1|agent-1|cert-a|Sales|bot)$/i;

const wrap = (children: ReactNode) => (
  <I18nProvider i18n={i18n}>
    <MockedProvider>
      <FixedSessionProvider user={{ id: 'u1', email: 'admin@example.com', role: 'ADMIN' }}>
        <UploadProvider>{children}</UploadProvider>
      </FixedSessionProvider>
    </MockedProvider>
  </I18nProvider>
);

const HOOK_URL = 'https://hooks.example.com/';
const webhookMocks = [
  {
    request: { query: WebhooksPageQuery },
    result: {
      data: {
        webhookEndpoints: [
          {
            __typename: 'WebhookEndpoint' as const,
            id: 'e-1',
            url: HOOK_URL,
            description: '',
            events: ['LICENSE_REMINDER' as const, 'WEBHOOK_TEST' as const],
            createdAt: '2027-01-01T00:00:00Z',
          },
        ],
      },
    },
  },
];
const deliveryMocks = [
  {
    request: { query: WebhookDeliveriesQuery, variables: { endpointId: 'e-1', first: PAGE_SIZE } },
    result: {
      data: {
        webhookDeliveries: {
          __typename: 'WebhookDeliveryConnection' as const,
          totalCount: 2,
          edges: (['DELIVERED', 'FAILED'] as const).map((status, i) => ({
            __typename: 'WebhookDeliveryEdge' as const,
            cursor: `c-${i}`,
            node: {
              __typename: 'WebhookDelivery' as const,
              id: `d-${i}`,
              eventType: 'WEBHOOK_TEST' as const,
              status,
              attempts: 1,
              lastStatusCode: status === 'DELIVERED' ? 200 : 503,
              lastError: null,
              nextAttemptAt: null,
              deliveredAt: status === 'DELIVERED' ? '2027-01-02T00:00:01Z' : null,
              createdAt: '2027-01-02T00:00:00Z',
            },
          })),
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        },
      },
    },
  },
];
const preferencesMocks = [
  {
    request: { query: PreferencesPageQuery },
    result: { data: { me: { __typename: 'User' as const, id: 'u1', emailReminders: true, locale: 'en' as const }, emailConfigured: false } },
  },
];

/** Views that load their data first: shown once the marker is on screen. */
const loadedWhen: Record<string, () => boolean> = {
  webhooks: () => document.body.textContent?.includes('license.reminder') ?? false,
  'webhook deliveries': () => document.querySelectorAll('tbody tr').length === 2,
  preferences: () => document.querySelector('input[type=checkbox]') !== null,
};

const views: Record<string, () => ReactNode> = {
  webhooks: () => (
    <MockedProvider mocks={webhookMocks}>
      <WebhooksPage />
    </MockedProvider>
  ),
  'webhook deliveries': () => (
    <MockedProvider mocks={deliveryMocks}>
      <WebhookDeliveries endpointId="e-1" url={HOOK_URL} />
    </MockedProvider>
  ),
  preferences: () => (
    <MockedProvider mocks={preferencesMocks}>
      <FixedSessionProvider user={{ id: 'u1', email: 'admin@example.com', role: 'VIEWER' }}>
        <PreferencesPage />
      </FixedSessionProvider>
    </MockedProvider>
  ),
  'sign-in': () => <SignInPage next={null} notice={null} />,
  'renewal (never)': () => (
    <RenewalPage
      platform={makeFragmentData({ instanceId: '11111111-2222-4333-8444-555555555555', status: 'UNLICENSED', expiresAt: null }, RenewalPagePlatformFragment)}
    />
  ),
  'renewal (expired)': () => (
    <RenewalPage
      platform={makeFragmentData(
        { instanceId: '11111111-2222-4333-8444-555555555555', status: 'EXPIRED', expiresAt: '2027-01-01T09:30:00Z' },
        RenewalPagePlatformFragment,
      )}
    />
  ),
  banners: () => (
    <BannerList
      resources={[
        makeFragmentData(
          { resourceType: 'PLATFORM', resourceId: 'p', name: 'p', status: 'ACTIVE', daysLeft: 12, expiresAt: '2027-01-13T00:00:00Z' },
          ExpiryBannerFragment,
        ),
        makeFragmentData(
          { resourceType: 'AGENT', resourceId: 'a', name: 'Sales bot', status: 'EXPIRED', daysLeft: 0, expiresAt: '2026-12-01T00:00:00Z' },
          ExpiryBannerFragment,
        ),
      ]}
      dismissed={new Set()}
      onDismiss={() => {}}
    />
  ),
  'upload result': () => (
    <UploadResultView
      fileName="acme.lcs"
      outcome={{
        kind: 'imported',
        imported: [
          makeFragmentData(
            {
              id: 'plat-1',
              type: 'PLATFORM',
              status: 'ACTIVATED',
              permanent: false,
              validityDays: 365,
              autoGranted: false,
              activateBy: null,
              queued: false,
              startsAt: '2020-01-01T00:00:00Z',
              endsAt: '2099-01-01T00:00:00Z',
            },
            UploadResultLicenseFragment,
          ),
          makeFragmentData(
            {
              id: 'agent-1',
              type: 'AGENT',
              status: 'UNUSED',
              permanent: false,
              validityDays: 30,
              autoGranted: false,
              activateBy: null,
              queued: false,
              startsAt: null,
              endsAt: null,
            },
            UploadResultLicenseFragment,
          ),
        ],
        skipped: [],
      }}
    />
  ),
  'upload refused': () => (
    <UploadResultView
      fileName="bad.lcs"
      outcome={{
        kind: 'refused',
        message: 'x',
        problems: [{ index: 0, certificateId: 'cert-a', code: 'BAD_SIGNATURE', message: 'The signature does not verify.' }],
      }}
    />
  ),
  'bind dialog': () => (
    <BindDialog
      license={makeFragmentData(
        { id: 'agent-1', mode: 'SUBSCRIPTION', validityDays: 30, permanent: false, licensee: 'acme', activateBy: null },
        BindDialogLicenseFragment,
      )}
      onClose={() => {}}
    />
  ),
};

async function textIn(locale: Locale, view: () => ReactNode, loaded?: () => boolean): Promise<string> {
  await act(() => activateLocale(locale));
  const { unmount } = render(wrap(view()));
  if (loaded) await waitFor(() => expect(loaded()).toBe(true));
  const text = [
    document.body.textContent ?? '',
    ...[...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
    ),
  ].join(' ');
  unmount();
  return text;
}

describe.each(Object.entries(views))('%s', (name, view) => {
  it('shows no catalog key in either locale, and no English in zh-CN but ids, addresses and codes', async () => {
    const english = await textIn('en', view, loadedWhen[name]);
    expect(keysShown(english)).toEqual([]);
    const chinese = await textIn('zh-CN', view, loadedWhen[name]);
    expect(keysShown(chinese)).toEqual([]);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    const latin = (chinese.match(/[A-Za-z][A-Za-z0-9@._-]*/g) ?? []).filter((w) => !LATIN_ALLOWED.test(w));
    expect(latin).toEqual([]);
  });
});
