import { NetworkStatus } from '@apollo/client';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoadMore } from './load-more.js';

describe('LoadMore', () => {
  it('shows nothing on the last page', () => {
    const { container } = render(<LoadMore pageInfo={{ hasNextPage: false, endCursor: 'c' }} networkStatus={NetworkStatus.ready} fetchMore={vi.fn()} />);
    expect(container.childElementCount).toBe(0);
  });

  it('asks for the page after the end cursor, and is busy while it loads', async () => {
    const fetchMore = vi.fn(async () => undefined);
    const { rerender } = render(<LoadMore pageInfo={{ hasNextPage: true, endCursor: 'c-20' }} networkStatus={NetworkStatus.ready} fetchMore={fetchMore} />);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(fetchMore).toHaveBeenCalledWith({ variables: { after: 'c-20' } });
    rerender(<LoadMore pageInfo={{ hasNextPage: true, endCursor: 'c-20' }} networkStatus={NetworkStatus.fetchMore} fetchMore={fetchMore} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Loading…' }).disabled).toBe(true);
  });
});
