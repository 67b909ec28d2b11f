// The outbox module's public surface: producers queue deliveries in their own transactions.
export type { OutboxService } from './outbox.service.js';
