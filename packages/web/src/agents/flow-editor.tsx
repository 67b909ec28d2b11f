import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { useState, type FormEvent } from 'react';
import { FormError } from '../common/states.js';
import { useUpdateAgentFlow } from './use-update-agent-flow.js';
import { t } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';

export const FlowEditorFragment = graphql(`
  fragment FlowEditor_agent on Agent {
    id
    flow {
      greeting
      rules {
        match
        reply
      }
      fallback
    }
  }
`);

// The server's limits (FlowInput), checked here first so mistakes are explained next to the field.
const MAX_TEXT = 2000;
const MAX_MATCH = 200;
const MAX_RULES = 200;

interface DraftRule {
  /** A local key, so React keeps each row's inputs (and focus) while rows move. */
  readonly key: number;
  readonly match: string;
  readonly reply: string;
}

interface Draft {
  readonly greeting: string;
  readonly rules: readonly DraftRule[];
  readonly fallback: string;
}

/** Problems of a draft, by field name ("greeting", "rule-2-match", …), in words. */
export function flowProblems(draft: Draft): Record<string, string> {
  const problems: Record<string, string> = {};
  const text = (value: string, max: number, what: string): string | null =>
    value.trim() === '' ? t('flow.empty', { what }) : value.length > max ? t('flow.tooLong', { what, max }) : null;
  const greeting = text(draft.greeting, MAX_TEXT, t('flow.what.greeting'));
  if (greeting) problems.greeting = greeting;
  const fallback = text(draft.fallback, MAX_TEXT, t('flow.what.fallback'));
  if (fallback) problems.fallback = fallback;
  draft.rules.forEach((rule, i) => {
    const match = text(rule.match, MAX_MATCH, t('flow.what.match', { number: i + 1 }));
    if (match) problems[`rule-${i}-match`] = match;
    const reply = text(rule.reply, MAX_TEXT, t('flow.what.reply', { number: i + 1 }));
    if (reply) problems[`rule-${i}-reply`] = reply;
  });
  if (draft.rules.length > MAX_RULES) problems.rules = t('flow.tooManyRules', { max: MAX_RULES });
  return problems;
}

function Field({
  id,
  label,
  value,
  onChange,
  problem,
  multiline,
  readOnly,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly problem?: string;
  readonly multiline?: boolean;
  readonly readOnly: boolean;
}) {
  const common = {
    id,
    value,
    readOnly,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => onChange(e.target.value)} />
      )}
      {problem && (
        <span id={`${id}-problem`} className="field__problem">
          {problem}
        </span>
      )}
    </div>
  );
}

// React list keys for rules being edited; only unique within the page, never sent to the server.
let ruleKeys = 0;
const newRuleKey = (): number => ruleKeys++;

/**
 * The dialogue flow (SPEC 1): a greeting, rules tried in order (the first whose text occurs in the
 * message answers), and a fallback. Rules can be added, removed and reordered; saving replaces the flow.
 */
export function FlowEditor({ agent: ref, editable }: { readonly agent: FragmentType<typeof FlowEditorFragment>; readonly editable: boolean }) {
  const agent = getFragmentData(FlowEditorFragment, ref);
  const fromServer = (): Draft => ({
    greeting: agent.flow.greeting,
    fallback: agent.flow.fallback,
    rules: agent.flow.rules.map((r) => ({ key: newRuleKey(), match: r.match, reply: r.reply })),
  });
  const tr = useT();
  const [draft, setDraft] = useState<Draft>(fromServer);
  const [showProblems, setShowProblems] = useState(false);
  const [saved, setSaved] = useState(false);
  const { save, loading, error } = useUpdateAgentFlow();

  const dirty =
    draft.greeting !== agent.flow.greeting ||
    draft.fallback !== agent.flow.fallback ||
    draft.rules.length !== agent.flow.rules.length ||
    draft.rules.some((r, i) => r.match !== agent.flow.rules[i]?.match || r.reply !== agent.flow.rules[i]?.reply);
  const problems = flowProblems(draft);
  const visible = showProblems ? problems : {};

  const change = (update: (d: Draft) => Draft) => {
    setSaved(false);
    setDraft(update);
  };
  const setRule = (index: number, patch: Partial<Omit<DraftRule, 'key'>>) =>
    change((d) => ({ ...d, rules: d.rules.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
  const move = (index: number, by: -1 | 1) =>
    change((d) => {
      const rules = [...d.rules];
      const [rule] = rules.splice(index, 1);
      rules.splice(index + by, 0, rule!);
      return { ...d, rules };
    });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowProblems(true);
    if (Object.keys(problems).length > 0) return;
    const ok = await save(agent.id, {
      greeting: draft.greeting,
      fallback: draft.fallback,
      rules: draft.rules.map(({ match, reply }) => ({ match, reply })),
    });
    if (ok) {
      setSaved(true);
      setShowProblems(false);
    }
  };

  return (
    <section className="card" aria-labelledby="flow-title">
      <h2 id="flow-title">{tr('flow.title')}</h2>
      {!editable && <p className="muted">{tr('flow.readOnly')}</p>}
      <form onSubmit={submit} noValidate>
        <Field
          id="flow-greeting"
          label={tr('flow.greeting')}
          value={draft.greeting}
          multiline
          readOnly={!editable}
          problem={visible.greeting}
          onChange={(greeting) => change((d) => ({ ...d, greeting }))}
        />
        <fieldset className="rules">
          <legend>{tr('flow.rules')}</legend>
          {draft.rules.length === 0 && <p className="muted">{tr('flow.noRules')}</p>}
          <ol className="rules__list">
            {draft.rules.map((rule, i) => (
              <li key={rule.key} className="rule">
                <Field
                  id={`rule-${rule.key}-match`}
                  label={tr('flow.ruleMatch', { number: i + 1 })}
                  value={rule.match}
                  readOnly={!editable}
                  problem={visible[`rule-${i}-match`]}
                  onChange={(match) => setRule(i, { match })}
                />
                <Field
                  id={`rule-${rule.key}-reply`}
                  label={tr('flow.ruleReply', { number: i + 1 })}
                  value={rule.reply}
                  multiline
                  readOnly={!editable}
                  problem={visible[`rule-${i}-reply`]}
                  onChange={(reply) => setRule(i, { reply })}
                />
                {editable && (
                  <div className="rule__actions">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                      aria-label={tr('flow.moveUpLabel', { number: i + 1 })}
                    >
                      {tr('flow.moveUp')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={i === draft.rules.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={tr('flow.moveDownLabel', { number: i + 1 })}
                    >
                      {tr('flow.moveDown')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => change((d) => ({ ...d, rules: d.rules.filter((_, j) => j !== i) }))}
                      aria-label={tr('flow.removeLabel', { number: i + 1 })}
                    >
                      {tr('flow.remove')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ol>
          {visible.rules && <p className="field__problem">{visible.rules}</p>}
          {editable && (
            <button
              type="button"
              className="button button--small"
              disabled={draft.rules.length >= MAX_RULES}
              onClick={() => change((d) => ({ ...d, rules: [...d.rules, { key: newRuleKey(), match: '', reply: '' }] }))}
            >
              {tr('flow.addRule')}
            </button>
          )}
        </fieldset>
        <Field
          id="flow-fallback"
          label={tr('flow.fallback')}
          value={draft.fallback}
          multiline
          readOnly={!editable}
          problem={visible.fallback}
          onChange={(fallback) => change((d) => ({ ...d, fallback }))}
        />
        {showProblems && Object.keys(problems).length > 0 && (
          <p className="form-error" role="alert">
            {tr('flow.fixFields')}
          </p>
        )}
        <FormError message={error} />
        {editable && (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={loading || !dirty}>
              {loading ? tr('flow.saving') : tr('flow.save')}
            </button>
            <button
              type="button"
              className="button"
              disabled={loading || !dirty}
              onClick={() => {
                setDraft(fromServer());
                setShowProblems(false);
              }}
            >
              {tr('flow.discard')}
            </button>
            <span role="status" className="muted">
              {saved && !dirty ? tr('flow.saved') : dirty ? tr('flow.unsaved') : ''}
            </span>
          </div>
        )}
      </form>
    </section>
  );
}
