import { MockedProvider } from '@apollo/client/testing/react';
import type { ComponentProps } from 'react';
import type { Role } from '@licensing/schema/web';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../api/apollo-client.js';
import { FixedSessionProvider } from '../auth/session.js';
import { i18n } from '../i18n/i18n.js';
import { PreferencesPage, PreferencesPageQuery } from './preferences-page.js';
import { UpdateMyPreferencesMutation } from './use-update-my-preferences.js';

const me = (emailReminders: boolean, locale: 'en' | 'zh_CN') => ({ __typename: 'User' as const, id: 'u1', emailReminders, locale });

function renderPage(emailConfigured: boolean, mocks: NonNullable<ComponentProps<typeof MockedProvider>['mocks']> = [], role: Role = 'ADMIN') {
  render(
    <MockedProvider
      cache={createCache()}
      mocks={[{ request: { query: PreferencesPageQuery }, result: { data: { me: me(true, 'en'), emailConfigured } } }, ...mocks]}
    >
      <FixedSessionProvider user={{ id: 'u1', email: 'admin@example.com', role }}>
        <PreferencesPage />
      </FixedSessionProvider>
    </MockedProvider>,
  );
}

describe('PreferencesPage', () => {
  it('turns reminder mails off and switches the language, saving each change', async () => {
    const off = vi.fn(() => ({ data: { updateMyPreferences: me(false, 'en') } }));
    const chinese = vi.fn(() => ({ data: { updateMyPreferences: me(false, 'zh_CN') } }));
    renderPage(true, [
      { request: { query: UpdateMyPreferencesMutation, variables: { input: { emailReminders: false } } }, result: off },
      { request: { query: UpdateMyPreferencesMutation, variables: { input: { locale: 'zh_CN' } } }, result: chinese },
    ]);
    const box = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Email me license reminders and expiries' });
    expect(box.checked).toBe(true);
    expect(document.body.textContent).not.toContain('Email is not configured on this server');

    await userEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(false));
    expect(off).toHaveBeenCalledTimes(1);
    // The status follows the mutation's answer, which may land a render after the cache moved the box.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));

    const language = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language' });
    expect([...language.options].map((o) => o.textContent)).toEqual(['English', '中文']);
    await userEvent.selectOptions(language, '中文');
    await waitFor(() => expect(language.value).toBe('zh_CN'));
    expect(chinese).toHaveBeenCalledTimes(1);
    // The app switches at once too, and this browser remembers it.
    await waitFor(() => expect(i18n.locale).toBe('zh-CN'));
    expect(localStorage.getItem('licensing.locale')).toBe('zh-CN');
  });

  it('says when the server cannot send mail', async () => {
    renderPage(false);
    expect(await screen.findByText(/^Email is not configured on this server/)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Email me license reminders and expiries' })).toBeTruthy();
  });

  it('tells roles that get no reminder mail so', async () => {
    renderPage(true, [], 'VIEWER');
    expect(await screen.findByText('Reminder mails go to admins and license managers only.')).toBeTruthy();
  });
});
