import { makeFragmentData } from '@licensing/schema/web';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../common/format.js';
import { BannerList, ExpiryBannerFragment } from './banner-list.js';
import { urgencyOf, type ExpiringResourceFacts } from './urgency.js';

const resource = (facts: Partial<ExpiringResourceFacts> & Pick<ExpiringResourceFacts, 'resourceId' | 'name' | 'daysLeft' | 'expiresAt'>) =>
  makeFragmentData({ resourceType: 'AGENT', status: 'ACTIVE', ...facts }, ExpiryBannerFragment);

const list = [
  resource({ resourceId: 'a-40', name: 'Far bot', daysLeft: 40, expiresAt: '2027-02-10T00:00:00Z' }),
  resource({ resourceId: 'a-6', name: 'Sales bot', daysLeft: 6, expiresAt: '2027-01-07T00:00:00Z' }),
  resource({ resourceType: 'PLATFORM', resourceId: 'platform-id', name: 'Platform', daysLeft: 12, expiresAt: '2027-01-13T00:00:00Z' }),
  resource({ resourceId: 'a-old', name: 'Old bot', status: 'EXPIRED', daysLeft: 0, expiresAt: '2026-12-01T00:00:00Z' }),
];

describe('BannerList', () => {
  it('puts the most urgent first: expired, then the soonest expiry', () => {
    render(<BannerList resources={list} dismissed={new Set()} onDismiss={() => {}} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items[0]).toContain('Agent Old bot: license expired on');
    expect(items[1]).toContain('Agent Sales bot: license expires in 6 days');
    expect(items[2]).toContain('Platform license expires in 12 days');
    expect(items[3]).toContain('Agent Far bot: license expires in 40 days');
  });

  it('colours by urgency: red when expired or within 7 days, orange within 15, yellow within 45', () => {
    render(<BannerList resources={list} dismissed={new Set()} onDismiss={() => {}} />);
    const classes = screen.getAllByRole('listitem').map((li) => [...li.classList].find((c) => c.startsWith('banner--')));
    expect(classes).toEqual(['banner--expired', 'banner--critical', 'banner--warning', 'banner--notice']);
  });

  it('says it in words, with the date, and links to the license page or the agent', () => {
    render(<BannerList resources={list} dismissed={new Set()} onDismiss={() => {}} />);
    const platform = screen.getByRole('link', { name: /Platform license expires in 12 days/ });
    expect(platform.textContent).toContain(formatDateTime('2027-01-13T00:00:00Z'));
    expect(platform.getAttribute('href')).toBe('/licenses');
    expect(screen.getByRole('link', { name: /Agent Sales bot/ }).getAttribute('href')).toBe('/agents/a-6');
  });

  it('words an expired platform as "Platform license expired on …"', () => {
    const expired = resource({
      resourceType: 'PLATFORM',
      resourceId: 'p',
      name: 'Platform',
      status: 'EXPIRED',
      daysLeft: 0,
      expiresAt: '2026-12-01T10:00:00Z',
    });
    render(<BannerList resources={[expired]} dismissed={new Set()} onDismiss={() => {}} />);
    expect(screen.getByRole('listitem').textContent).toContain(`Platform license expired on ${formatDateTime('2026-12-01T10:00:00Z')}.`);
  });

  it('hides dismissed banners and reports a dismissal by its key', async () => {
    const onDismiss = vi.fn();
    render(<BannerList resources={list} dismissed={new Set(['AGENT:a-40'])} onDismiss={onDismiss} />);
    expect(screen.queryByText(/Far bot/)).toBeNull();
    const sales = screen.getByText(/Agent Sales bot/).closest('li')!;
    await userEvent.click(within(sales).getByRole('button', { name: /Dismiss/ }));
    expect(onDismiss).toHaveBeenCalledWith('AGENT:a-6');
  });

  it('renders nothing when every banner is dismissed or there is none', () => {
    const { container } = render(<BannerList resources={[]} dismissed={new Set()} onDismiss={() => {}} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('urgencyOf', () => {
  it.each([
    [0, 'ACTIVE', 'expired'],
    [3, 'EXPIRED', 'expired'],
    [1, 'ACTIVE', 'critical'],
    [7, 'ACTIVE', 'critical'],
    [8, 'ACTIVE', 'warning'],
    [15, 'ACTIVE', 'warning'],
    [16, 'ACTIVE', 'notice'],
    [45, 'ACTIVE', 'notice'],
  ] as const)('%i days left, %s → %s', (daysLeft, status, urgency) => {
    expect(urgencyOf({ daysLeft, status })).toBe(urgency);
  });
});
