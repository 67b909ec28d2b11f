import { useQuery } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { formatDateTime } from '../common/format.js';
import { t } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';

const ClockBannerQuery = graphql(`
  query ClockBanner {
    platform {
      clock {
        status
        highWater
        observedAt
      }
    }
  }
`);

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// A set-back clock is rare and changes by itself only when someone fixes it: a slow poll is enough.
const POLL_MS = 60_000;

export interface ClockFacts {
  readonly status: 'OK' | 'ROLLED_BACK';
  readonly highWater: string;
  readonly observedAt: string;
}

/** SPEC 14: "The system clock is behind the license clock by 2 days; licenses are judged at …". Null while OK. */
export function clockBannerText(clock: ClockFacts): string | null {
  if (clock.status !== 'ROLLED_BACK') return null;
  const behindMs = Date.parse(clock.highWater) - Date.parse(clock.observedAt);
  const days = Math.floor(behindMs / DAY_MS);
  const hours = Math.floor(behindMs / HOUR_MS);
  const behind = days >= 1 ? t('duration.days', { days }) : t('duration.hours', { hours });
  return t('clock.banner', { behind, when: formatDateTime(clock.highWater) });
}

/** The banner of a clock set back (SPEC 14), above the expiry banners; nothing while the clock is OK. */
export function ClockBanner() {
  const { data } = useQuery(ClockBannerQuery, { pollInterval: POLL_MS });
  useT(); // renders again in the new words when the locale changes
  const text = data ? clockBannerText(data.platform.clock) : null;
  if (text === null) return null;
  return (
    <div className="banners">
      <p className="banner banner--expired" role="alert">
        <span className="banner__text">{text}</span>
      </p>
    </div>
  );
}
