import express, { Router } from 'express';
import type { ControllableClock } from '../../clock/clock.js';
import type { Sweeper } from '../../sweep/sweeper.js';

/**
 * SPEC 9 test hooks, mounted only with LICENSE_TEST_HOOKS=1 (refused in production at start):
 * freeze the license clock at an instant, run the sweep now, and send the deliveries due now.
 */
export function testHookRoutes(clock: ControllableClock, sweeper: Sweeper, deliver: () => Promise<void>): Router {
  const router = Router();
  router.post('/__test__/clock', express.json(), (req, res) => {
    const now: unknown = (req.body as { now?: unknown } | undefined)?.now;
    if (now === null) {
      clock.set(null);
    } else if (typeof now === 'string' && !Number.isNaN(Date.parse(now))) {
      clock.set(new Date(now));
    } else {
      res.status(400).json({ code: 'BAD_USER_INPUT', message: 'Send { "now": "<ISO instant>" } or { "now": null }.' });
      return;
    }
    res.json({ now: clock.now().toISOString(), frozen: now !== null });
  });
  router.post('/__test__/sweep', async (_req, res) => {
    await sweeper.run();
    res.json({ ok: true, now: clock.now().toISOString() });
  });
  // SPEC 10: attempts every delivery due now, and answers when they are done.
  router.post('/__test__/deliver', async (_req, res) => {
    await deliver();
    res.json({ ok: true });
  });
  return router;
}
