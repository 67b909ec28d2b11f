// The audit module's public surface: other modules record entries in their own transactions.
export type { AuditEntry, AuditService } from './audit.service.js';
