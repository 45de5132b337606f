import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What a proxy or client may hand us as a request id; anything else is replaced, not trusted. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Keeps the id a proxy (nginx `$request_id`) or client sent, so one id follows a request through
 * every log line; otherwise makes one. The response carries it back for support requests.
 */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const withId = req as IncomingMessage & { id?: unknown };
  // pino-http and the request context both ask; the first one decides.
  if (typeof withId.id === 'string') return withId.id;
  const sent = req.headers[REQUEST_ID_HEADER];
  const id = typeof sent === 'string' && ACCEPTABLE_ID.test(sent) ? sent : randomUUID();
  withId.id = id;
  if (!res.headersSent) res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}
