// Plain-text rendering for the terminal: aligned columns and certificate summaries.
import type { Certificate, CertificateFields, Problem, Validity } from '../format/types.js';

// Control characters and bidi overrides from a hostile file must not reach the terminal as such.
const UNPRINTABLE = /[\p{Cc}\p{Cs}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function printable(text: string, maxLength = 200): string {
  const shown = text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length > maxLength ? `${shown.slice(0, maxLength - 3)}...` : shown;
}

export function renderTable(headers: readonly string[], cellRows: readonly (readonly string[])[], indent = '  '): string {
  const rows = cellRows.map((row) => row.map((cell) => printable(cell, 400)));
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    indent +
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

export function describeValidity(validity: Validity): string {
  if (validity.permanent) return 'permanent';
  return validity.days === 1 ? '1 day' : `${validity.days} days`;
}

export function isoOrDash(date: Date | null): string {
  return date === null ? '-' : date.toISOString();
}

export function certificateRows(certificates: readonly (Certificate | CertificateFields)[]): string[][] {
  return certificates.map((certificate) => [
    certificate.id,
    certificate.type,
    certificate.mode,
    describeValidity(certificate.validity),
    certificate.licensee,
    certificate.orderId ?? '-',
    isoOrDash(certificate.activateBy),
  ]);
}

export const CERTIFICATE_HEADERS = ['ID', 'TYPE', 'MODE', 'VALIDITY', 'LICENSEE', 'ORDER', 'ACTIVATE BY'] as const;

export function renderProblems(problems: readonly Problem[]): string {
  return renderTable(
    ['INDEX', 'CERTIFICATE', 'CODE', 'MESSAGE'],
    problems.map((problem) => [problem.index === null ? 'file' : String(problem.index), problem.certificateId ?? '-', problem.code, problem.message]),
  );
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
