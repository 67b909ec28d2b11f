import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.js';

interface TableProps {
  /** Read by screen readers only: the page's heading already says it to sighted users. */
  readonly caption: string;
  readonly columns: readonly string[];
  /** Adds a last column of row buttons, its heading hidden (it has no visible title). */
  readonly actions?: boolean;
  /** The rows. */
  readonly children: ReactNode;
}

/** The one list table: scrolls sideways on narrow screens, with column headings for screen readers. */
export function Table({ caption, columns, actions = false, children }: TableProps) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
