import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { DisableUserMutation, useDisableUser } from '../users/use-disable-user.js';
import { useApiAction } from './use-api-action.js';

const forbidden = { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] };

describe('useApiAction', () => {
  it('gives the value of work that succeeds, and no error', async () => {
    const { result } = renderHook(() => useApiAction());
    let outcome: Awaited<ReturnType<typeof result.current.run<number>>> | undefined;
    await act(async () => {
      outcome = await result.current.run(() => Promise.resolve(42));
    });
    expect(outcome).toEqual({ ok: true, value: 42 });
    expect(result.current.error).toBeNull();
    expect(result.current.loading).toBe(false);
  });

  it('turns a failure into the sentence for people, keeps the raw error, and clears it on the next run', async () => {
    const { result } = renderHook(() => useApiAction());
    let release: () => void = () => undefined;
    let pending: Promise<unknown> = Promise.resolve();
    act(() => {
      pending = result.current.run(() => new Promise<void>((resolve) => (release = resolve)));
    });
    expect(result.current.loading).toBe(true);
    await act(async () => {
      release();
      await pending;
    });
    expect(result.current.loading).toBe(false);

    await act(async () => {
      const outcome = await result.current.run(() => Promise.reject(new TypeError('Failed to fetch')));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error).toBeInstanceOf(TypeError);
    });
    expect(result.current.error).toBe('Cannot reach the server. Check your connection and try again.');

    await act(async () => {
      await result.current.run(() => Promise.resolve('fine'));
    });
    expect(result.current.error).toBeNull();
  });

  it('words a mutation’s GraphQL error by its code, through a real hook', async () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={[{ request: { query: DisableUserMutation, variables: { id: 'u-1' } }, result: forbidden }]}>{children}</MockedProvider>
    );
    const { result } = renderHook(() => useDisableUser(), { wrapper });
    let ok: boolean | undefined;
    await act(async () => {
      ok = await result.current.disable('u-1');
    });
    expect(ok).toBe(false);
    await waitFor(() => expect(result.current.error).toBe('Your role does not allow this action.'));
  });
});
