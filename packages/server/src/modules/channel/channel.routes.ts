import type { MikroORM } from '@mikro-orm/postgresql';
import express, { Router } from 'express';
import type { Logger } from 'pino';
import { isUuid } from '../../graphql/ids.js';
import { MAX_MESSAGE_LENGTH } from '../agent/index.js';
import type { ChannelService } from './channel.service.js';

/** `POST /channels/<agentId>/messages` (SPEC 9): the REST channel agents converse through. */
export function channelRoutes(orm: MikroORM, channel: ChannelService, logger: Logger): Router {
  const router = Router();
  router.post('/channels/:agentId/messages', express.json({ limit: '64kb' }), async (req, res) => {
    const agentId = req.params.agentId;
    const body: unknown = req.body;
    const text = typeof body === 'object' && body !== null && 'text' in body ? (body as { text: unknown }).text : undefined;
    if (!isUuid(agentId)) {
      res.status(404).json({ code: 'AGENT_NOT_FOUND', message: 'There is no such agent.' });
      return;
    }
    if (typeof text !== 'string' || text.length > MAX_MESSAGE_LENGTH) {
      res.status(400).json({ code: 'BAD_USER_INPUT', message: `Send JSON { "text": "…" } with at most ${MAX_MESSAGE_LENGTH} characters.` });
      return;
    }
    try {
      const outcome = await channel.receive(orm.em.fork(), agentId, req.header('x-channel-token'), text);
      switch (outcome.kind) {
        case 'REPLIED':
          res.json({ replies: outcome.replies });
          return;
        case 'UNKNOWN_AGENT':
          res.status(404).json({ code: 'AGENT_NOT_FOUND', message: 'There is no such agent.' });
          return;
        case 'BAD_TOKEN':
          res.status(401).json({ code: 'UNAUTHENTICATED', message: 'The X-Channel-Token header is missing or wrong.' });
          return;
        case 'REFUSED':
          res.status(403).json({
            code: 'AGENT_LICENSE_INACTIVE',
            message: 'This agent is not licensed; the message was recorded but not answered.',
            expiredAt: outcome.expiredAt?.toISOString() ?? null,
          });
          return;
        default: {
          const unreachable: never = outcome;
          throw new Error(`unhandled outcome ${JSON.stringify(unreachable)}`);
        }
      }
    } catch (error) {
      logger.error({ err: error, agentId }, 'channel message failed');
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' });
    }
  });
  // Malformed JSON bodies get the channel's error shape rather than Express's HTML page.
  router.use('/channels', (error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : 500;
    res
      .status(status === 413 ? 413 : 400)
      .json({ code: 'BAD_USER_INPUT', message: status === 413 ? 'The message is too large.' : 'The body must be JSON { "text": "…" }.' });
  });
  return router;
}
