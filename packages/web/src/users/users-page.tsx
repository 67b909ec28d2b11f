import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType, type Role } from '@licensing/schema/web';
import { useState, type FormEvent } from 'react';
import { roleLabel } from '../auth/permissions.js';
import { useT } from '../i18n/use-t.js';
import { useCurrentUser } from '../auth/session.js';
import { ConfirmDialog } from '../common/dialog.js';
import { formatDateTime } from '../common/format.js';
import { Badge } from '../common/status-badge.js';
import { QueryState } from '../common/query-state.js';
import { FormError } from '../common/states.js';
import { useChangeUserRole } from './use-change-user-role.js';
import { useCreateUser } from './use-create-user.js';
import { useDisableUser } from './use-disable-user.js';
import { Table } from '../common/table.js';

export const UserRowFragment = graphql(`
  fragment UserRow_user on User {
    id
    email
    role
    disabled
    createdAt
  }
`);

const UsersPageQuery = graphql(`
  query UsersPage {
    users {
      id
      ...UserRow_user
    }
  }
`);

const ROLES: readonly Role[] = ['ADMIN', 'LICENSE_MANAGER', 'OPERATOR', 'VIEWER'];

function RoleSelect({
  id,
  value,
  onChange,
  disabled,
}: {
  readonly id: string;
  readonly value: Role;
  readonly onChange: (role: Role) => void;
  readonly disabled?: boolean;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as Role)} disabled={disabled}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {roleLabel(role)}
        </option>
      ))}
    </select>
  );
}

function UserRow({
  user: ref,
  onDisable,
}: {
  readonly user: FragmentType<typeof UserRowFragment>;
  readonly onDisable: (user: { id: string; email: string }) => void;
}) {
  const t = useT();
  const user = getFragmentData(UserRowFragment, ref);
  const me = useCurrentUser();
  const { change, loading, error } = useChangeUserRole();
  const self = user.id === me.id;
  return (
    <tr>
      <td>
        {user.email}
        {self && <span className="muted"> {t('users.you')}</span>}
      </td>
      <td>
        <label htmlFor={`role-${user.id}`} className="visually-hidden">
          {t('users.roleOf', { email: user.email })}
        </label>
        {/* Your own role is not changed from here: one slip would lock you out of this page. */}
        <RoleSelect id={`role-${user.id}`} value={user.role} disabled={loading || user.disabled || self} onChange={(role) => void change(user.id, role)} />
        <FormError message={error} />
      </td>
      <td>{user.disabled ? <Badge tone="neutral">{t('users.disabled')}</Badge> : <Badge tone="ok">{t('users.active')}</Badge>}</td>
      <td>{formatDateTime(user.createdAt)}</td>
      <td>
        {!user.disabled && !self && (
          <button type="button" className="button button--small button--danger" onClick={() => onDisable({ id: user.id, email: user.email })}>
            {t('users.disable')}
          </button>
        )}
      </td>
    </tr>
  );
}

function CreateUserForm() {
  const t = useT();
  const { create, loading, error } = useCreateUser();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [created, setCreated] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await create(email.trim(), password, role)) {
      setCreated(email.trim());
      setEmail('');
      setPassword('');
    }
  };
  return (
    <form className="card inline-form" onSubmit={submit}>
      <div className="field field--inline">
        <label htmlFor="new-user-email">{t('users.email')}</label>
        <input id="new-user-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      </div>
      <div className="field field--inline">
        <label htmlFor="new-user-password">{t('users.password')}</label>
        <input
          id="new-user-password"
          type="password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
        />
      </div>
      <div className="field field--inline">
        <label htmlFor="new-user-role">{t('users.role')}</label>
        <RoleSelect id="new-user-role" value={role} onChange={setRole} />
      </div>
      <button type="submit" className="button button--primary" disabled={loading}>
        {loading ? t('users.creating') : t('users.create')}
      </button>
      <FormError message={error} />
      {created && <p role="status">{t('users.created', { email: created })}</p>}
    </form>
  );
}

/** Users (admins): who may sign in, and with which role. */
export function UsersPage() {
  const t = useT();
  const { data, error, refetch } = useQuery(UsersPageQuery);
  const { disable, loading, error: disableError } = useDisableUser();
  const [disabling, setDisabling] = useState<{ id: string; email: string } | null>(null);
  return (
    <section className="page">
      <h1>{t('page.users')}</h1>
      <CreateUserForm />
      <QueryState data={data} error={error} retry={refetch} loading={t('users.loading')} isEmpty={(d) => d.users.length === 0} empty={t('users.empty')}>
        {(data) => (
          <Table caption={t('users.caption')} columns={[t('users.col.email'), t('users.col.role'), t('users.col.state'), t('users.col.created')]} actions>
            {data.users.map((user) => (
              <UserRow key={user.id} user={user} onDisable={setDisabling} />
            ))}
          </Table>
        )}
      </QueryState>
      {disabling && (
        <ConfirmDialog
          title={t('users.disableTitle', { email: disabling.email })}
          confirmLabel={t('users.disableConfirm')}
          danger
          busy={loading}
          error={disableError}
          onClose={() => setDisabling(null)}
          onConfirm={async () => {
            if (await disable(disabling.id)) setDisabling(null);
          }}
        >
          <p>{t('users.disableText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
