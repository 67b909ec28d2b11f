import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type BindDialogAgentsQuery as BindDialogAgentsQueryResult, type FragmentType } from '@licensing/schema/web';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { AGENT_NAME_MAX_LENGTH } from '../agents/agent-name.js';
import { availabilityText } from '../agents/availability.js';
import { Dialog } from '../common/dialog.js';
import { formatDateTime, formatNumber } from '../common/format.js';
import { t as translate } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { Trans } from '../i18n/trans.js';
import { LoadMore } from '../common/load-more.js';
import { QueryState } from '../common/query-state.js';
import { FormError } from '../common/states.js';
import { ResourceStatusBadge } from '../common/status-badge.js';
import { useDebouncedValue } from '../common/use-debounced-value.js';
import { licenseModeLabel, validityText } from '../licenses/license-labels.js';
import { bindingEffect, type BindingEffect } from './binding-effect.js';
import { useBindAgentLicense } from './use-bind-agent-license.js';

export const BindDialogLicenseFragment = graphql(`
  fragment BindDialog_license on License {
    id
    mode
    validityDays
    permanent
    licensee
    activateBy
  }
`);

export const BindDialogAgentsQuery = graphql(`
  query BindDialogAgents($first: Int!, $after: String, $search: String) {
    agents(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          status
          expiresAt
          permanent
          daysLeft
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type AgentOption = BindDialogAgentsQueryResult['agents']['edges'][number]['node'];

const PAGE_SIZE = 20;
// Long enough to wait for the next key of a word, short enough to feel live.
const SEARCH_DELAY_MS = 250;

/** "Sales bot is now available until 3 Mar 2027, 14:00 (30 days left)." */
function availableSentence(agent: {
  readonly name: string;
  readonly permanent: boolean;
  readonly expiresAt?: string | null;
  readonly daysLeft?: number | null;
}): string {
  if (agent.permanent) return translate('bind.available.permanent', { name: agent.name });
  if (agent.expiresAt == null) return translate('bind.available.none', { name: agent.name });
  return translate('bind.available.until', { name: agent.name, when: formatDateTime(agent.expiresAt), days: agent.daysLeft ?? 0 });
}

/** An agent's license at `at`, in words: "not licensed", "expired on …", "available until …", "licensed permanently". */
function licenseStateText(state: BindingEffect['after'], at: number): string {
  if (state.permanent) return translate('bind.state.permanent');
  if (state.expiresAt === null) return translate('bind.state.none');
  return translate(state.expiresAt <= at ? 'bind.state.expired' : 'bind.state.until', { when: formatDateTime(state.expiresAt) });
}

/** The window the certificate gets, in words (SPEC 3.1 / 3.2). */
function windowText(effect: BindingEffect, agentName: string, at: number): string {
  const { window } = effect;
  if (window === null) return translate('bind.window.none', { name: agentName });
  if (window.endsAt === null) return translate('bind.window.permanent', { name: agentName, from: formatDateTime(window.startsAt) });
  const values = { name: agentName, from: formatDateTime(window.startsAt), until: formatDateTime(window.endsAt) };
  return translate(window.startsAt > at ? 'bind.window.queued' : 'bind.window.now', values);
}

type Step =
  | { readonly kind: 'pick' }
  // `at`: when the agent was chosen, the instant the before → after is computed for.
  | { readonly kind: 'confirm'; readonly agent: AgentOption; readonly at: number }
  | { readonly kind: 'done'; readonly agent: AgentOption };

/**
 * Binds an unused agent certificate: search agents on the server and pick one, read that a binding is
 * final, confirm; then see the agent's new "available until" date.
 */
export function BindDialog({ license: ref, onClose }: { readonly license: FragmentType<typeof BindDialogLicenseFragment>; readonly onClose: () => void }) {
  const t = useT();
  const license = getFragmentData(BindDialogLicenseFragment, ref);
  const searchId = useId();
  const options = useRef<HTMLFieldSetElement>(null);
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, previousData, error, refetch, fetchMore, networkStatus } = useQuery(BindDialogAgentsQuery, {
    variables: { first: PAGE_SIZE, search: term === '' ? null : term },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { bind, loading, error: bindError } = useBindAgentLicense();
  const [picked, setPicked] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'pick' });

  // While the next search runs, the last answer stays on screen (marked busy) instead of a blank list.
  const connection = (data ?? previousData)?.agents;
  const agents = connection?.edges.map((e) => e.node) ?? [];
  const searching = data === undefined || search.trim() !== term;
  // The latest answer for an agent (a binding refetches the list with its new expiry).
  const latest = (agent: AgentOption) => agents.find((a) => a.id === agent.id) ?? agent;
  const pickedAgent = agents.find((a) => a.id === picked);
  const what = t('bind.what', { mode: licenseModeLabel(license.mode).toLowerCase(), id: license.id, validity: validityText(license).toLowerCase() });

  if (step.kind === 'done') {
    const agent = latest(step.agent);
    return (
      <Dialog key="done" title={t('bind.done.title')} onClose={onClose}>
        <p role="status">
          <Trans id="bind.done.text" values={{ what, name: agent.name, available: availableSentence(agent) }} components={{ 0: <strong /> }} />
        </p>
        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </Dialog>
    );
  }

  if (step.kind === 'confirm') {
    const { agent, at } = step;
    const effect = bindingEffect(agent, license, at);
    const before = { expiresAt: agent.expiresAt == null ? null : Date.parse(agent.expiresAt), permanent: agent.permanent };
    return (
      <Dialog key="confirm" title={t('bind.confirm.title')} onClose={onClose} busy={loading}>
        <p>
          <Trans id="bind.confirm.question" values={{ what, name: agent.name }} components={{ 0: <strong /> }} />
        </p>
        <p>
          {agent.name}: {licenseStateText(before, at)} → <strong>{licenseStateText(effect.after, at)}</strong>.
          <br />
          {windowText(effect, agent.name, at)}
        </p>
        <p className="notice notice--warning">{t('bind.confirm.final', { name: agent.name })}</p>
        <FormError message={bindError} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => setStep({ kind: 'pick' })} disabled={loading}>
            {t('common.back')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={loading}
            data-autofocus
            onClick={async () => {
              if (await bind(license.id, agent.id)) setStep({ kind: 'done', agent });
            }}
          >
            {loading ? t('bind.binding') : t('bind.yes', { name: agent.name })}
          </button>
        </div>
      </Dialog>
    );
  }

  // Down arrow from the search box goes to the list, where the arrows move between agents (radio group).
  const toList = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return;
    const target = options.current?.querySelector<HTMLInputElement>('input:checked') ?? options.current?.querySelector<HTMLInputElement>('input');
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  // The instant the before → after is computed for: when the agent was chosen (an event, not a render).
  const confirmPick = () => {
    if (pickedAgent) setStep({ kind: 'confirm', agent: pickedAgent, at: Date.now() });
  };
  return (
    <Dialog key="pick" title={t('bind.pick.title')} onClose={onClose}>
      <p>{t('bind.pick.intro', { what, licensee: license.licensee })}</p>
      <p className="notice notice--warning">{t('bind.pick.final')}</p>
      <div className="field">
        <label htmlFor={searchId}>{t('bind.search')}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={toList}
          maxLength={AGENT_NAME_MAX_LENGTH}
          autoComplete="off"
          data-autofocus
        />
      </div>
      <QueryState
        data={connection}
        error={error}
        retry={refetch}
        loading={t('bind.loading')}
        isEmpty={(c) => c.edges.length === 0 && !searching}
        empty={term === '' ? t('bind.noAgents') : t('bind.noMatch', { term })}
      >
        {(c) => (
          <>
            <fieldset ref={options} className="agent-picker" aria-busy={searching}>
              <legend className="visually-hidden">{t('bind.agents')}</legend>
              {agents.map((agent) => (
                <label key={agent.id} className={`agent-picker__option${picked === agent.id ? ' agent-picker__option--picked' : ''}`}>
                  <input type="radio" name="agent" value={agent.id} checked={picked === agent.id} onChange={() => setPicked(agent.id)} />
                  <span className="agent-picker__name">{agent.name}</span>
                  <ResourceStatusBadge status={agent.status} />
                  <span className="muted small">{availabilityText(agent)}</span>
                </label>
              ))}
            </fieldset>
            <p className="muted small" role="status">
              {searching
                ? t('bind.searching')
                : t(term === '' ? 'bind.showing' : 'bind.showingMatching', { shown: formatNumber(agents.length), total: c.totalCount, term })}
            </p>
          </>
        )}
      </QueryState>
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={!pickedAgent} onClick={confirmPick}>
          {pickedAgent ? t('bind.buttonTo', { name: pickedAgent.name }) : t('bind.button')}
        </button>
      </div>
    </Dialog>
  );
}
