import express, { Router } from 'express';
import type { ControllableClock } from '../../clock/clock.js';
import type { Sweeper } from '../../sweep/sweeper.js';

/**
 * SPEC 9, 10, 14 test hooks, mounted only with LICENSE_TEST_HOOKS=1 (refused in production at start):
 * freeze the clock at an instant, run the sweep now, and send the deliveries due now. `resetMark`
 * sets the shared high-water mark.
 */
export function testHookRoutes(clock: ControllableClock, sweeper: Sweeper, deliver: () => Promise<void>, resetMark: (at: Date) => Promise<void>): Router {
  const router = Router();
  router.post('/__test__/clock', express.json(), async (req, res) => {
    const body = (req.body ?? {}) as { now?: unknown; wall?: unknown };
    const valid =
      (body.now === null || (typeof body.now === 'string' && !Number.isNaN(Date.parse(body.now)))) && [undefined, true, false].includes(body.wall as boolean);
    if (!valid) {
      res.status(400).json({ code: 'BAD_USER_INPUT', message: 'Send { "now": "<ISO instant>" | null, "wall": true? }.' });
      return;
    }
    clock.set(typeof body.now === 'string' ? new Date(body.now) : null);
    // SPEC 14: `wall` moves only what the clock reads, as a machine set back would; without it the
    // mark follows, so tests that move time back and forth keep their meaning.
    if (body.wall !== true) await resetMark(clock.reading());
    res.json({ now: clock.now().toISOString(), reading: clock.reading().toISOString(), frozen: body.now !== null });
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
