import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from './i18n.js';
import { LocaleSwitcher } from './locale-switcher.js';

afterEach(() => localStorage.clear());

describe('LocaleSwitcher', () => {
  it('switches at once, remembers the choice here and tells the signed-in header, which saves it', async () => {
    const chosen = vi.fn();
    render(<LocaleSwitcher onChosen={chosen} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    expect(chosen).toHaveBeenCalledWith('zh-CN');
    expect(localStorage.getItem('licensing.locale')).toBe('zh-CN');
    await vi.waitFor(() => expect(i18n.locale).toBe('zh-CN'));
  });
});
