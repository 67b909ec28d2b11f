import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';

export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | boolean | Date | null;
}

const cell = (value: string | number | boolean | Date | null): string | number =>
  value instanceof Date ? value.toISOString() : typeof value === 'boolean' ? String(value) : (value ?? '');

/**
 * Streams rows as an RFC 4180 CSV download (SPEC 12): UTF-8 with a BOM so Excel reads non-Latin text,
 * CRLF records, one header row, and cells starting with = + - @ (or tab/CR) prefixed with ' so that a
 * spreadsheet shows them as text instead of running them. Batches are awaited one at a time and each
 * write waits for the socket to drain, so memory holds about one batch whatever the export's size.
 */
export async function sendCsv<T>(res: Response, fileName: string, columns: readonly CsvColumn<T>[], batches: AsyncIterable<readonly T[]>): Promise<void> {
  res.status(200);
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
  res.setHeader('cache-control', 'no-store');
  const csv = stringify({ bom: true, header: true, columns: columns.map((c) => c.header), escape_formulas: true, record_delimiter: 'windows' });
  // A client that goes away ends the pipeline; the abort stops the loop (and the database reads) too.
  const stop = new AbortController();
  const sent = pipeline(csv, res).finally(() => stop.abort());
  try {
    for await (const batch of batches) {
      for (const row of batch) {
        if (!csv.write(columns.map((c) => cell(c.value(row))))) await once(csv, 'drain', { signal: stop.signal });
      }
    }
    csv.end();
  } catch (error) {
    csv.destroy(error instanceof Error ? error : new Error(String(error)));
  }
  await sent;
}
