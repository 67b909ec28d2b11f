import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Viewer } from '../modules/auth/viewer.js';
import type { RequestLoaders } from './loaders.js';

/** What every resolver receives: its own EntityManager, the viewer, and the HTTP exchange when there is one. */
export interface GraphQLContext {
  readonly em: EntityManager;
  readonly viewer: Viewer | null;
  /** Batch loaders for per-row fields, made per request. */
  readonly loaders: RequestLoaders;
  /** The caller's address, for rate limits. */
  readonly address: string;
  /** Absent on WebSocket subscriptions. */
  readonly res: Response | null;
  readonly req: Request | null;
}
