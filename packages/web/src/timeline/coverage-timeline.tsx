import { getFragmentData, graphql, type CoverageTimeline_WindowFragment, type FragmentType } from '@licensing/schema/web';
import { useState } from 'react';
import { formatDate, formatDateTime } from '../common/format.js';
import { Badge, type Tone } from '../common/status-badge.js';
import { Table } from '../common/table.js';
import { DAY_MS } from '../common/time.js';
import { licenseTypeLabel } from '../licenses/license-labels.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
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
const STATUS_LOOK: Readonly<Record<WindowStatus, { readonly label: MessageKey; readonly tone: Tone }>> = {
  ENDED: { label: 'coverage.status.ENDED', tone: 'neutral' },
  CURRENT: { label: 'coverage.status.CURRENT', tone: 'ok' },
  QUEUED: { label: 'coverage.status.QUEUED', tone: 'info' },
};

// Every visible string of the timeline, in one place.
// Every word of the timeline, from the catalogs (read at render time, so a locale switch re-words it).
const TEXT = {
  empty: () => t('coverage.empty'),
  hint: () => t('coverage.hint'),
  showTable: () => t('coverage.showTable'),
  hideTable: () => t('coverage.hideTable'),
  columns: () => [
    t('coverage.col.license'),
    t('coverage.col.type'),
    t('coverage.col.status'),
    t('coverage.col.starts'),
    t('coverage.col.ends'),
    t('coverage.col.autoGranted'),
  ],
  yes: () => t('common.yes'),
  no: () => t('common.no'),
  permanent: () => t('license.validity.permanent'),
  autoGranted: () => t('coverage.autoGranted'),
  days: (days: number) => t('coverage.thresholdDays', { days }),
  now: (now: number) => t('coverage.now', { when: formatDate(now) }),
  expires: (iso: string) => t('coverage.expires', { when: formatDate(iso) }),
  ends: (window: CoverageWindow) => (window.permanent ? t('license.validity.permanent') : window.endsAt ? formatDateTime(window.endsAt) : '—'),
  window: (window: CoverageWindow, status: WindowStatus) =>
    t(window.autoGranted ? 'coverage.window.autoGranted' : 'coverage.window', {
      status: t(STATUS_LOOK[status].label),
      type: licenseTypeLabel(window.type),
      id: window.licenseId,
      from: formatDateTime(window.startsAt),
      until: TEXT.ends(window),
    }),
  summary: (label: string, count: number, expiresAt: string | null, permanent: boolean) =>
    t('coverage.summary', {
      label,
      count,
      state: permanent
        ? t('coverage.state.permanent')
        : expiresAt
          ? t('coverage.state.expires', { when: formatDateTime(expiresAt) })
          : t('coverage.state.none'),
    }),
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
  useT(); // renders again in the new words when the locale changes
  const [active, setActive] = useState<number | null>(null);
  // The table is drawn on request: the same facts twice on screen would only be noise.
  const [tableShown, setTableShown] = useState(false);
  if (windows.length === 0) return <p className="muted">{TEXT.empty()}</p>;

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
                {t(STATUS_LOOK[status].label)}
                {window.permanent && ` · ${TEXT.permanent().toLowerCase()}`}
              </text>
              <text className="timeline__row-type" x={0} y={y + 30}>
                {licenseTypeLabel(window.type)}
                {window.autoGranted && ` · ${TEXT.autoGranted()}`}
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
              {TEXT.permanent()}
            </text>
          )}
        </g>
      </svg>
      <p className="muted small timeline__detail" aria-hidden="true">
        {focused ? TEXT.window(focused.window, focused.status) : TEXT.hint()}
      </p>
      <button type="button" className="button button--small" aria-expanded={tableShown} onClick={() => setTableShown(!tableShown)}>
        {tableShown ? TEXT.hideTable() : TEXT.showTable()}
      </button>
      {tableShown && (
        <Table caption={label} columns={TEXT.columns()}>
          {rows.map(({ window, status }) => (
            <tr key={window.licenseId}>
              <td>
                <code>{window.licenseId}</code>
              </td>
              <td>{licenseTypeLabel(window.type)}</td>
              <td>
                <Badge tone={STATUS_LOOK[status].tone}>{t(STATUS_LOOK[status].label)}</Badge>
              </td>
              <td>{formatDateTime(window.startsAt)}</td>
              <td>{TEXT.ends(window)}</td>
              <td>{window.autoGranted ? TEXT.yes() : TEXT.no()}</td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
