import type { LicenseStatus, ResourceStatus } from '@licensing/schema/web';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LicenseStatusBadge, ResourceStatusBadge } from './status-badge.js';

describe('LicenseStatusBadge', () => {
  const cases: [LicenseStatus, string, string][] = [
    ['UNUSED', 'Unused', 'badge--info'],
    ['ACTIVATED', 'Activated', 'badge--ok'],
    ['EXPIRED', 'Expired', 'badge--danger'],
  ];
  it.each(cases)('shows %s as the word "%s" with the class %s', (status, text, className) => {
    render(<LicenseStatusBadge status={status} />);
    const badge = screen.getByText(text);
    expect(badge.classList.contains('badge')).toBe(true);
    expect(badge.classList.contains(className)).toBe(true);
  });

  it('gives every status its own colour', () => {
    const { container } = render(
      <>
        <LicenseStatusBadge status="UNUSED" />
        <LicenseStatusBadge status="ACTIVATED" />
        <LicenseStatusBadge status="EXPIRED" />
      </>,
    );
    const classes = [...container.querySelectorAll('.badge')].map((b) => b.className);
    expect(new Set(classes).size).toBe(3);
  });
});

describe('ResourceStatusBadge', () => {
  const cases: [ResourceStatus, string, string][] = [
    ['ACTIVE', 'Active', 'badge--ok'],
    ['EXPIRED', 'Expired', 'badge--danger'],
    ['UNLICENSED', 'Unlicensed', 'badge--neutral'],
  ];
  it.each(cases)('shows %s as the word "%s" with the class %s', (status, text, className) => {
    render(<ResourceStatusBadge status={status} />);
    expect(screen.getByText(text).classList.contains(className)).toBe(true);
  });
});
