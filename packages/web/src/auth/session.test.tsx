import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiEvents } from '../api/api-events.js';
import { createCache } from '../api/apollo-client.js';
import { i18n } from '../i18n/i18n.js';
import { SessionProvider, SessionQuery, useSession } from './session.js';

function Status() {
  const { state } = useSession();
  return <p>{state.status}</p>;
}

afterEach(() => localStorage.clear());

describe('SessionProvider', () => {
  it('shows the signed-in app in the user’s saved locale, over the one this browser remembers', async () => {
    localStorage.setItem('licensing.locale', 'en');
    const me = { __typename: 'User' as const, id: 'u1', email: 'admin@example.com', role: 'ADMIN' as const, locale: 'zh_CN' as const };
    render(
      <MockedProvider cache={createCache()} mocks={[{ request: { query: SessionQuery }, result: { data: { me } } }]}>
        <SessionProvider events={new ApiEvents()}>
          <Status />
        </SessionProvider>
      </MockedProvider>,
    );
    expect(await screen.findByText('signed-in')).toBeTruthy();
    // Already switched when the signed-in app first renders.
    expect(i18n.locale).toBe('zh-CN');
  });
});
