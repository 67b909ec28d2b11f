import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import helmet, { strictTransportSecurity } from 'helmet';
import type { Logger } from 'pino';

/**
 * Security headers for every response. The CSP admits only our own scripts, styles, images and
 * connections (the SPA has no inline script; React sets styles through the DOM, which CSP allows), and
 * no framing (frame-ancestors 'none'). Outside production, Apollo's landing page on GET /graphql loads
 * its Sandbox from Apollo's CDN, so that one page goes without a CSP there; production serves no
 * landing page at all. HSTS only on requests that arrived over TLS (`req.secure`, which honours
 * Express's 'trust proxy' behind a TLS-terminating proxy); plain HTTP gets none.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const options = {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // X-Frame-Options for browsers that predate frame-ancestors.
    xFrameOptions: { action: 'deny' as const },
    referrerPolicy: { policy: 'no-referrer' as const },
    strictTransportSecurity: false,
  };
  const withCsp = helmet(options);
  const withoutCsp = helmet({ ...options, contentSecurityPolicy: false });
  const hsts = strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });
  const landingPage = (req: Request): boolean => !production && req.method === 'GET' && req.path === '/graphql';
  return (req, res, next) => {
    (landingPage(req) ? withoutCsp : withCsp)(req, res, () => (req.secure ? hsts(req, res, next) : next()));
  };
}

function statusOf(error: unknown): number {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : NaN;
  return Number.isInteger(status) && status >= 400 && status < 600 ? status : 500;
}

/**
 * The last error handler: whatever fails before a route answers (a body that is not JSON, one that is
 * too large) is answered as JSON — GraphQL's error shape on /graphql, `{ code, message }` elsewhere —
 * never Express's HTML page with a stack trace.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = statusOf(error);
    let code = 'BAD_REQUEST';
    let message = 'The request could not be read.';
    if (status === 413) message = 'The request body is too large.';
    else if (typeof error === 'object' && error !== null && 'type' in error && error.type === 'entity.parse.failed') message = 'The body is not valid JSON.';
    else if (status >= 500) {
      logger.error({ err: error, path: req.path }, 'unhandled error in a request');
      code = 'INTERNAL_SERVER_ERROR';
      message = 'Internal server error.';
    }
    if (req.path === '/graphql') res.status(status).json({ errors: [{ message, extensions: { code } }] });
    else res.status(status).json({ code, message });
  };
}
