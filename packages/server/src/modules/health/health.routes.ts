import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';

/** `/healthz`: the process answers. `/readyz`: and its database does too (SPEC 9), and it is not shutting down. */
export function healthRoutes(orm: MikroORM, stopping: () => boolean = () => false): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (stopping()) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      await orm.em.getConnection().execute('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  return router;
}
