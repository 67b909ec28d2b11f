import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { CERTIFICATE_TYPES, type CertificateType } from '@licensing/lcs';
import type { AccessCheck } from '../graphql/access-control.js';
import { DomainError } from '../graphql/domain-error.js';
import type { AuditEventView } from '../modules/audit/audit.service.js';
import type { Permission } from '../modules/auth/access.rules.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { toLicenseType } from '../modules/license/license.mapper.js';
import type { LicenseRow } from '../modules/license/license.repository.js';
import type { CertificateStatus } from '../modules/license/license.rules.js';
import type { LicenseType } from '../modules/license/license.types.js';
import type { Services } from '../services.js';
import { sendCsv, type CsvColumn } from './csv-response.js';

/** Rows read per database round trip: the most an export holds in memory at once. */
const BATCH_SIZE = 1000;
const STATUSES: readonly CertificateStatus[] = ['UNUSED', 'ACTIVATED', 'EXPIRED'];

const LICENSE_COLUMNS: readonly CsvColumn<LicenseType>[] = [
  { header: 'id', value: (l) => l.id },
  { header: 'type', value: (l) => l.type },
  { header: 'mode', value: (l) => l.mode },
  { header: 'status', value: (l) => l.status },
  { header: 'validityDays', value: (l) => l.validityDays },
  { header: 'permanent', value: (l) => l.permanent },
  { header: 'licensee', value: (l) => l.licensee },
  { header: 'orderId', value: (l) => l.orderId },
  { header: 'issuer', value: (l) => l.issuer },
  { header: 'issuedAt', value: (l) => l.issuedAt },
  { header: 'uploadedAt', value: (l) => l.uploadedAt },
  { header: 'activateBy', value: (l) => l.activateBy },
  { header: 'autoGranted', value: (l) => l.autoGranted },
  { header: 'startsAt', value: (l) => l.startsAt },
  { header: 'endsAt', value: (l) => l.endsAt },
  { header: 'agentId', value: (l) => l.agent?.id ?? null },
  { header: 'agentName', value: (l) => l.agent?.name ?? null },
];

const AUDIT_COLUMNS: readonly CsvColumn<AuditEventView>[] = [
  { header: 'at', value: (e) => e.at },
  { header: 'action', value: (e) => e.action },
  { header: 'actorEmail', value: (e) => e.actorEmail },
  { header: 'resourceType', value: (e) => e.resourceType },
  { header: 'resourceId', value: (e) => e.resourceId },
  { header: 'summary', value: (e) => e.summary },
  { header: 'details', value: (e) => JSON.stringify(e.details) },
];

const HTTP_STATUS: Partial<Record<DomainError['code'], number>> = { UNAUTHENTICATED: 401, PLATFORM_LICENSE_INACTIVE: 403, BAD_USER_INPUT: 400 };

const badInput = (message: string): DomainError => new DomainError('BAD_USER_INPUT', message);

/** A single optional query parameter from a fixed list, or a BAD_USER_INPUT naming it. */
function oneOf<T extends string>(req: Request, name: string, values: readonly T[]): T | null {
  const value = req.query[name];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) throw badInput(`"${name}" must be one of ${values.join(', ')}.`);
  return value as T;
}

async function* licenseBatches(services: Services, em: EntityManager, filter: { status: CertificateStatus | null; type: CertificateType | null }) {
  for await (const { rows, now } of services.licenses.exportBatches(em, filter, BATCH_SIZE)) {
    yield rows.map((row: LicenseRow) => toLicenseType(row, now));
  }
}

/**
 * SPEC 12: `GET /exports/licenses.csv` (filters `status`, `type`, as `licenses`) and `GET /exports/audit.csv`.
 * Signed in by session cookie or bearer token; allowed by the same access check as the GraphQL read each
 * mirrors (`licenses`: READ, open while the platform is inactive; `auditEvents`: ADMINISTER, gated).
 */
export function exportRoutes(
  orm: MikroORM,
  services: Services,
  access: AccessCheck,
  viewerOf: (em: EntityManager, req: Request) => Promise<Viewer | null>,
  logger: Logger,
): Router {
  const router = Router();
  const route = (path: string, rootField: string, permission: Permission, send: (req: Request, res: Response, em: EntityManager) => Promise<void>) =>
    router.get(path, async (req, res) => {
      const em = orm.em.fork();
      try {
        const viewer = await viewerOf(em, req);
        if (!(await access({ em, viewer, rootField }, [permission]))) {
          res.status(403).json({ code: 'FORBIDDEN', message: 'Your role does not allow this action.' });
          return;
        }
        await send(req, res, em);
      } catch (error) {
        if (res.headersSent) {
          logger.warn({ err: error, path }, 'export ended early');
          res.destroy();
        } else if (error instanceof DomainError && HTTP_STATUS[error.code] !== undefined) {
          res.status(HTTP_STATUS[error.code]!).json({ code: error.code, message: error.message, ...error.extensions });
        } else {
          logger.error({ err: error, path }, 'export failed');
          res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' });
        }
      }
    });

  route('/exports/licenses.csv', 'licenses', 'READ', async (req, res, em) => {
    const filter = { status: oneOf(req, 'status', STATUSES), type: oneOf(req, 'type', CERTIFICATE_TYPES) };
    await sendCsv(res, 'licenses.csv', LICENSE_COLUMNS, licenseBatches(services, em, filter));
  });
  route('/exports/audit.csv', 'auditEvents', 'ADMINISTER', async (_req, res, em) => {
    await sendCsv(res, 'audit.csv', AUDIT_COLUMNS, services.audit.exportBatches(em, BATCH_SIZE));
  });
  return router;
}
