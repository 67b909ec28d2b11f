import type { Request, Response } from 'express';
import { DAY_MS } from '@licensing/lcs';

/** How long a session lasts, in the database and in the browser's cookie alike. */
export const SESSION_TTL_MS = 30 * DAY_MS;

export const SESSION_COOKIE = 'lm_session';

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
    maxAge: SESSION_TTL_MS,
  });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}
