import { useQuery } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useState } from 'react';
import { QueryState } from '../common/query-state.js';
import { useT } from '../i18n/use-t.js';
import { CoverageTimeline } from './coverage-timeline.js';

const PlatformCoverageQuery = graphql(`
  query PlatformCoverage {
    platform {
      expiresAt
      permanent
      coverage {
        ...CoverageTimeline_window
      }
    }
  }
`);

/** The platform's coverage timeline on the licenses page; an upload marks `platform` stale, so it follows. */
export function PlatformCoverage() {
  const { data, error, refetch } = useQuery(PlatformCoverageQuery);
  const t = useT();
  // The browser's clock, read once: the drawing needs minutes, not seconds.
  const [now] = useState(Date.now);
  return (
    <section className="card" aria-labelledby="platform-coverage-title">
      <h2 id="platform-coverage-title">{t('coverage.platformLabel')}</h2>
      <QueryState data={data} error={error} retry={refetch} loading={t('coverage.loading')}>
        {({ platform }) => (
          <CoverageTimeline
            label={t('coverage.platformLabel')}
            windows={platform.coverage}
            expiresAt={platform.expiresAt ?? null}
            permanent={platform.permanent}
            now={now}
          />
        )}
      </QueryState>
    </section>
  );
}
