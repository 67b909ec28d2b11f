import { makeFragmentData, type CoverageTimeline_WindowFragment } from '@licensing/schema/web';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../common/format.js';
import { DAY_MS } from '../common/time.js';
import { CoverageTimeline, CoverageTimelineWindowFragment } from './coverage-timeline.js';

const NOW = Date.parse('2027-01-10T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const at = (days: number) => NOW + days * DAY_MS;

const window = (licenseId: string, from: number, to: number | null, extra: Partial<CoverageTimeline_WindowFragment> = {}) =>
  makeFragmentData(
    { licenseId, type: 'PLATFORM', startsAt: iso(from), endsAt: to === null ? null : iso(to), permanent: to === null, autoGranted: false, ...extra },
    CoverageTimelineWindowFragment,
  );

// An ended window, the current one (to E = now + 20 days), and one queued behind it (to now + 50 days).
const windows = [window('ended', at(-60), at(-30)), window('current', at(-30), at(20)), window('queued', at(20), at(50))];
const EXPIRY = at(50);

function drawn(container: HTMLElement, selector: string): SVGElement {
  const element = container.querySelector<SVGElement>(selector);
  if (!element) throw new Error(`${selector} is not drawn`);
  return element;
}
const num = (element: Element, attribute: string) => Number(element.getAttribute(attribute));

/** The drawing's own scale, read from two markers: the x of `now` and of the expiry. */
function scaleOf(container: HTMLElement) {
  const nowX = num(drawn(container, '[data-marker="now"]'), 'x1');
  const expiryX = num(drawn(container, '[data-marker="expiry"]'), 'x1');
  const perMs = (expiryX - nowX) / (EXPIRY - NOW);
  return (instant: number) => nowX + (instant - NOW) * perMs;
}

describe('CoverageTimeline', () => {
  it('places each window at the x of its instants, stacked one row each, with its status in words', () => {
    const { container } = render(<CoverageTimeline label="Platform coverage" windows={windows} expiresAt={iso(EXPIRY)} permanent={false} now={NOW} />);
    const x = scaleOf(container);
    expect(x(EXPIRY)).toBeGreaterThan(x(NOW));

    const bars = ['ended', 'current', 'queued'].map((id) => drawn(container, `[data-license="${id}"] rect`));
    const [ended, current, queued] = bars as [SVGElement, SVGElement, SVGElement];
    expect(num(ended, 'x')).toBeCloseTo(x(at(-60)), 6);
    expect(num(ended, 'x') + num(ended, 'width')).toBeCloseTo(x(at(-30)), 6);
    expect(num(current, 'x')).toBeCloseTo(x(at(-30)), 6);
    expect(num(current, 'x') + num(current, 'width')).toBeCloseTo(x(at(20)), 6);
    expect(num(queued, 'x')).toBeCloseTo(x(at(20)), 6);
    expect(num(queued, 'x') + num(queued, 'width')).toBeCloseTo(x(EXPIRY), 6);
    // Oldest first, one row each.
    expect(num(ended, 'y')).toBeLessThan(num(current, 'y'));
    expect(num(current, 'y')).toBeLessThan(num(queued, 'y'));

    // Queued differs from current in class (colour) and in words.
    expect(drawn(container, '[data-license="current"]').getAttribute('class')).toContain('timeline__window--current');
    expect(drawn(container, '[data-license="queued"]').getAttribute('class')).toContain('timeline__window--queued');
    expect(drawn(container, '[data-license="queued"]').textContent).toContain('Queued');
    expect(drawn(container, '[data-license="ended"]').textContent).toContain('Ended');
  });

  it('draws every reminder threshold at its day before the expiry', () => {
    const { container } = render(<CoverageTimeline label="Platform coverage" windows={windows} expiresAt={iso(EXPIRY)} permanent={false} now={NOW} />);
    const x = scaleOf(container);
    const thresholds = [...container.querySelectorAll('[data-threshold]')];
    expect(thresholds.map((t) => Number(t.getAttribute('data-threshold')))).toEqual([45, 30, 15, 7, 6, 5, 4, 3, 2, 1]);
    for (const line of thresholds) {
      const days = Number(line.getAttribute('data-threshold'));
      expect(num(line, 'x1')).toBeCloseTo(x(EXPIRY - days * DAY_MS), 6);
    }
    expect(container.textContent).toContain('45 d');
    expect(container.textContent).toContain('Now');
    expect(container.textContent).toContain('Expires');
  });

  it('runs a permanent window to the right edge with a marker, and draws no expiry or thresholds', () => {
    const { container } = render(
      <CoverageTimeline
        label="Coverage of Sales bot"
        windows={[window('timed', at(-40), at(-10), { type: 'AGENT' }), window('forever', at(-10), null, { type: 'AGENT', autoGranted: true })]}
        expiresAt={null}
        permanent
        now={NOW}
      />,
    );
    const forever = drawn(container, '[data-license="forever"]');
    const timed = drawn(container, '[data-license="timed"] rect');
    const bar = drawn(container, '[data-license="forever"] rect');
    expect(num(bar, 'x') + num(bar, 'width')).toBeGreaterThan(num(timed, 'x') + num(timed, 'width'));
    expect(forever.querySelectorAll('path')).toHaveLength(2); // the arrow to forever and the auto-granted mark
    expect(forever.textContent).toContain('Current · permanent');
    expect(forever.textContent).toContain('Agent license · auto-granted');
    expect(container.querySelector('[data-marker="expiry"]')).toBeNull();
    expect(container.querySelector('[data-threshold]')).toBeNull();
    expect(drawn(container, '[data-marker="permanent"]').textContent).toBe('Permanent');
  });

  it('is readable with a keyboard: each window is a stop with its dates in words', async () => {
    render(<CoverageTimeline label="Platform coverage" windows={windows} expiresAt={iso(EXPIRY)} permanent={false} now={NOW} />);
    const chart = screen.getByRole('group', { name: /^Platform coverage: 3 windows; expires / });
    const items = within(chart).getAllByRole('img');
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      `Ended: Platform license ended, ${formatDateTime(iso(at(-60)))} → ${formatDateTime(iso(at(-30)))}`,
      `Current: Platform license current, ${formatDateTime(iso(at(-30)))} → ${formatDateTime(iso(at(20)))}`,
      `Queued: Platform license queued, ${formatDateTime(iso(at(20)))} → ${formatDateTime(iso(EXPIRY))}`,
    ]);
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(items[1]);
    // Sighted keyboard users read the focused window's dates under the chart.
    expect(document.querySelector('.timeline__detail')?.textContent).toBe(items[1]?.getAttribute('aria-label'));
  });

  it('lists the same windows in a table, on request', async () => {
    render(
      <CoverageTimeline
        label="Coverage of Sales bot"
        windows={[...windows, window('granted', at(-5), at(400), { type: 'AGENT', autoGranted: true })]}
        expiresAt={iso(at(400))}
        permanent={false}
        now={NOW}
      />,
    );
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show the windows as a table' }));
    expect(screen.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded')).toBe('true');
    const table = screen.getByRole('table', { name: 'Coverage of Sales bot' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['ended', 'Platform license', 'Ended', formatDateTime(iso(at(-60))), formatDateTime(iso(at(-30))), 'No'],
      ['current', 'Platform license', 'Current', formatDateTime(iso(at(-30))), formatDateTime(iso(at(20))), 'No'],
      ['queued', 'Platform license', 'Queued', formatDateTime(iso(at(20))), formatDateTime(iso(EXPIRY)), 'No'],
      ['granted', 'Agent license', 'Current', formatDateTime(iso(at(-5))), formatDateTime(iso(at(400))), 'Yes'],
    ]);
  });

  it('says there is nothing to draw when there is no window', () => {
    render(<CoverageTimeline label="Platform coverage" windows={[]} expiresAt={null} permanent={false} now={NOW} />);
    expect(screen.getByText('No license window yet: there is nothing to draw.').tagName).toBe('P');
  });
});
