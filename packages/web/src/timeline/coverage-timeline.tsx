import { getFragmentData, graphql, type CoverageTimeline_WindowFragment, type FragmentType } from '@licensing/schema/web';
import { useState } from 'react';
import { formatDate, formatDateTime, plural } from '../common/format.js';
import { Badge, type Tone } from '../common/status-badge.js';
import { Table } from '../common/table.js';
import { DAY_MS } from '../common/time.js';
import { LICENSE_TYPE_LABELS } from '../licenses/license-labels.js';
import { timeScale } from './time-scale.js';
import { REMINDER_THRESHOLDS, timelineDomain, windowStatus, type WindowStatus } from './timeline-layout.js';

export const CoverageTimelineWindowFragment = graphql(`
  fragment CoverageTimeline_window on CoverageWindow {
    licenseId
    type
    startsAt
    endsAt
    permanent
    autoGranted
  }
`);

type CoverageWindow = CoverageTimeline_WindowFragment;

/** Window status → words and colour; the words are drawn too, so colour is never the only sign. */
const STATUS_LOOK: Readonly<Record<WindowStatus, { readonly label: string; readonly tone: Tone }>> = {
  ENDED: { label: 'Ended', tone: 'neutral' },
  CURRENT: { label: 'Current', tone: 'ok' },
  QUEUED: { label: 'Queued', tone: 'info' },
};

// Every visible string of the timeline, in one place.
const TEXT = {
  empty: 'No license window yet: there is nothing to draw.',
  hint: 'Tab to a window (or point at it) to read its dates; the table lists them all.',
  showTable: 'Show the windows as a table',
  hideTable: 'Hide the table',
  columns: ['License', 'Type', 'Status', 'Starts', 'Ends', 'Auto-granted'],
  yes: 'Yes',
  no: 'No',
  permanent: 'Permanent',
  autoGranted: 'auto-granted',
  days: (days: number) => `${days} d`,
  now: (now: number) => `Now · ${formatDate(now)}`,
  expires: (iso: string) => `Expires ${formatDate(iso)}`,
  ends: (window: CoverageWindow) => (window.permanent ? 'Permanent' : window.endsAt ? formatDateTime(window.endsAt) : '—'),
  window: (window: CoverageWindow, status: WindowStatus) =>
    `${STATUS_LOOK[status].label}: ${LICENSE_TYPE_LABELS[window.type]} license ${window.licenseId}${window.autoGranted ? ', auto-granted' : ''}, ` +
    `${formatDateTime(window.startsAt)} → ${TEXT.ends(window)}`,
  summary: (label: string, count: number, expiresAt: string | null, permanent: boolean) =>
    `${label}: ${plural(count, 'window')}; ${permanent ? 'permanent' : expiresAt ? `expires ${formatDateTime(expiresAt)}` : 'not licensed'}.`,
};

// The drawing, in viewBox units: the SVG scales to the card's width.
const WIDTH = 800;
const PLOT_LEFT = 180; // after the row labels
const PLOT_RIGHT = WIDTH - 40; // the last finite instant; permanent windows run on to the edge
const EDGE = WIDTH - 4;
const ARROW = 10;
const TOP = 24; // room for the threshold labels
const ROW = 36;
const BAR = 18;
const AXIS = 40; // room for the now and expiry labels
const MIN_LABEL_GAP = 26;
// Thresholds labelled with their days (the others are ticks), when there is room.
const LABELLED_THRESHOLDS = new Set([45, 30, 15, 7, 1]);

interface CoverageTimelineProps {
  /** Names the chart and its table, e.g. "Platform coverage". */
  readonly label: string;
  readonly windows: readonly FragmentType<typeof CoverageTimelineWindowFragment>[];
  readonly expiresAt: string | null;
  readonly permanent: boolean;
  /** The current instant, ms since the epoch. */
  readonly now: number;
}

/**
 * SPEC 12's coverage timeline: one row per window on a shared time axis (ended, current, queued; permanent
 * ones run to the right edge), now, the expiry and its reminder thresholds. Each window is a focusable
 * element with its dates in words, and a table lists the same windows.
 */
export function CoverageTimeline({ label, windows: refs, expiresAt, permanent, now }: CoverageTimelineProps) {
  const windows = getFragmentData(CoverageTimelineWindowFragment, refs);
  const [active, setActive] = useState<number | null>(null);
  // The table is drawn on request: the same facts twice on screen would only be noise.
  const [tableShown, setTableShown] = useState(false);
  if (windows.length === 0) return <p className="muted">{TEXT.empty}</p>;

  const expiry = !permanent && expiresAt !== null ? Date.parse(expiresAt) : null;
  const x = timeScale(timelineDomain(windows, expiry, now), [PLOT_LEFT, PLOT_RIGHT]);
  const base = TOP + windows.length * ROW;
  const rows = windows.map((window) => ({ window, status: windowStatus(window, now) }));
  const focused = active === null ? undefined : rows[active];
  // Labels sit on the side of their line with more room.
  const anchor = (at: number) => (at > WIDTH / 2 ? { x: at - 4, textAnchor: 'end' as const } : { x: at + 4, textAnchor: 'start' as const });

  let lastLabel = -Infinity;
  const thresholds =
    expiry === null
      ? []
      : REMINDER_THRESHOLDS.map((days) => {
          const at = x(expiry - days * DAY_MS);
          const labelled = LABELLED_THRESHOLDS.has(days) && at - lastLabel >= MIN_LABEL_GAP;
          if (labelled) lastLabel = at;
          return { days, at, labelled };
        });

  return (
    <div className="timeline">
      <svg
        className="timeline__chart"
        viewBox={`0 0 ${WIDTH} ${base + AXIS}`}
        role="group"
        aria-label={TEXT.summary(label, windows.length, expiresAt, permanent)}
      >
        <g className="timeline__thresholds" aria-hidden="true">
          {thresholds.map(({ days, at, labelled }) => (
            <g key={days}>
              <line data-threshold={days} x1={at} x2={at} y1={TOP - 6} y2={base} />
              {labelled && (
                <text x={at} y={TOP - 10} textAnchor="middle">
                  {TEXT.days(days)}
                </text>
              )}
            </g>
          ))}
        </g>
        {rows.map(({ window, status }, i) => {
          const y = TOP + i * ROW;
          const from = x(Date.parse(window.startsAt));
          // A permanent window runs on to the arrow at the edge.
          const to = window.permanent || window.endsAt == null ? EDGE - ARROW : x(Date.parse(window.endsAt));
          const middle = y + 8 + BAR / 2;
          return (
            <g
              key={window.licenseId}
              className={`timeline__window timeline__window--${status.toLowerCase()}`}
              data-license={window.licenseId}
              role="img"
              aria-label={TEXT.window(window, status)}
              tabIndex={0}
              onFocus={() => setActive(i)}
              onBlur={() => setActive(null)}
              onMouseEnter={() => setActive(i)}
              onMouseLeave={() => setActive(null)}
            >
              <text className="timeline__row-status" x={0} y={y + 15}>
                {STATUS_LOOK[status].label}
                {window.permanent && ` · ${TEXT.permanent.toLowerCase()}`}
              </text>
              <text className="timeline__row-type" x={0} y={y + 30}>
                {LICENSE_TYPE_LABELS[window.type]}
                {window.autoGranted && ` · ${TEXT.autoGranted}`}
              </text>
              <rect className="timeline__bar" x={from} y={y + 8} width={Math.max(to - from, 2)} height={BAR} rx={3} />
              {window.permanent && <path className="timeline__mark" d={`M${EDGE - ARROW} ${y + 4}L${EDGE} ${middle}L${EDGE - ARROW} ${y + 12 + BAR}Z`} />}
              {window.autoGranted && (
                <path className="timeline__mark" d={`M${from} ${middle - 6}L${from + 6} ${middle}L${from} ${middle + 6}L${from - 6} ${middle}Z`} />
              )}
            </g>
          );
        })}
        <g aria-hidden="true">
          <line className="timeline__axis" x1={PLOT_LEFT} x2={EDGE} y1={base} y2={base} />
          <line className="timeline__now" data-marker="now" x1={x(now)} x2={x(now)} y1={TOP - 6} y2={base + 6} />
          <text className="timeline__label" y={base + 16} {...anchor(x(now))}>
            {TEXT.now(now)}
          </text>
          {expiry !== null && expiresAt !== null && (
            <>
              <line className="timeline__expiry" data-marker="expiry" x1={x(expiry)} x2={x(expiry)} y1={TOP - 6} y2={base + 6} />
              <text className="timeline__label timeline__label--expiry" y={base + 32} {...anchor(x(expiry))}>
                {TEXT.expires(expiresAt)}
              </text>
            </>
          )}
          {permanent && (
            <text className="timeline__label timeline__label--expiry" data-marker="permanent" x={EDGE} y={base + 32} textAnchor="end">
              {TEXT.permanent}
            </text>
          )}
        </g>
      </svg>
      <p className="muted small timeline__detail" aria-hidden="true">
        {focused ? TEXT.window(focused.window, focused.status) : TEXT.hint}
      </p>
      <button type="button" className="button button--small" aria-expanded={tableShown} onClick={() => setTableShown(!tableShown)}>
        {tableShown ? TEXT.hideTable : TEXT.showTable}
      </button>
      {tableShown && (
        <Table caption={label} columns={TEXT.columns}>
          {rows.map(({ window, status }) => (
            <tr key={window.licenseId}>
              <td>
                <code>{window.licenseId}</code>
              </td>
              <td>{LICENSE_TYPE_LABELS[window.type]}</td>
              <td>
                <Badge tone={STATUS_LOOK[status].tone}>{STATUS_LOOK[status].label}</Badge>
              </td>
              <td>{formatDateTime(window.startsAt)}</td>
              <td>{TEXT.ends(window)}</td>
              <td>{window.autoGranted ? TEXT.yes : TEXT.no}</td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
