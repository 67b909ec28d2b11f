import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QueryState } from './query-state.js';

const list = (items: string[]) => (
  <QueryState data={items} error={undefined} retry={() => undefined} loading="Loading fruit" isEmpty={(d) => d.length === 0} empty="No fruit yet.">
    {(d) => (
      <ul>
        {d.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    )}
  </QueryState>
);

describe('QueryState', () => {
  it('announces loading until the first answer', () => {
    render(
      <QueryState data={undefined} error={undefined} retry={() => undefined} loading="Loading fruit">
        {() => <p>content</p>}
      </QueryState>,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading fruit…');
    expect(screen.queryByText('content')).toBeNull();
  });

  it('shows an error as a sentence with a way to try again, and swallows the retry’s own rejection', async () => {
    const retry = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    render(
      <QueryState data={undefined} error={new TypeError('Failed to fetch')} retry={retry} loading="Loading fruit">
        {() => <p>content</p>}
      </QueryState>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Cannot reach the server. Check your connection and try again.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('shows the empty state, or the content', () => {
    const { rerender } = render(list([]));
    expect(screen.getByText('No fruit yet.')).toBeTruthy();
    rerender(list(['apple', 'pear']));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['apple', 'pear']);
    expect(screen.queryByText('No fruit yet.')).toBeNull();
  });

  it('keeps the content on screen when a later request fails', () => {
    render(
      <QueryState data={['apple']} error={new TypeError('Failed to fetch')} retry={() => undefined} loading="Loading fruit">
        {(d) => <p>{d.join(', ')}</p>}
      </QueryState>,
    );
    expect(screen.getByText('apple')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Cannot reach the server.');
  });
});
