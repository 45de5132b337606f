import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Params } from 'nestjs-pino';
import { type DestinationStream, stdTimeFunctions } from 'pino';
import type { Options } from 'pino-http';

import type { AppConfig } from '../config/app-config';
import { assignRequestId } from './request-id';

type Req = IncomingMessage & { originalUrl?: string; body?: { operationName?: unknown } };

/** Health probes arrive every few seconds from every load balancer: not worth a line each. */
const QUIET_PATHS = /^\/health(\/|$|\?)/;

/** Never written to a log: tokens, cookies and passwords. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
];

export function pinoHttpOptions(config: AppConfig, service: string): Options<Req, ServerResponse> {
  return {
    level: config.logLevel,
    base: { service, pid: process.pid },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    messageKey: 'msg',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: assignRequestId,
    // Every line logged for a request (req.log, Nest's Logger inside it) carries `requestId`.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    autoLogging: { ignore: (req) => QUIET_PATHS.test(req.originalUrl ?? req.url ?? '') },
    // 4xx are the client's business; throttling is worth a look; 5xx are ours.
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode === 429 ? 'warn' : 'info',
    // The operation name makes GraphQL lines (all POST /graphql) tell what they were.
    customProps: (req) => {
      const operation = req.body?.operationName;
      return typeof operation === 'string' ? { operation: operation.slice(0, 100) } : {};
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        method: req.method,
        // The query string can hold a certificate code or a token: the path is enough.
        url: req.url.split('?')[0],
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/**
 * pino-pretty is a development dependency: a production image without it falls back to JSON
 * rather than failing to start.
 */
function prettyStream(): DestinationStream | undefined {
  try {
    const pretty = require('pino-pretty') as (options: object) => DestinationStream;
    return pretty({
      colorize: process.stdout.isTTY,
      singleLine: true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,service,req,res,responseTime,context,requestId,operation',
      messageFormat:
        '{if context}[{context}] {end}{if req.method}{req.method} {req.url} {res.statusCode} {end}{if operation}{operation} {end}{msg}{if requestId} ({requestId}){end}',
    });
  } catch {
    return undefined;
  }
}

/** nestjs-pino settings: JSON lines in production, readable single lines for developers. */
export function loggerParams(
  config: AppConfig,
  service: string,
  stream?: DestinationStream,
): Params<Req, ServerResponse> {
  const options = pinoHttpOptions(config, service);
  const destination = stream ?? (config.logFormat === 'pretty' ? prettyStream() : undefined);
  return {
    pinoHttp: destination ? [options, destination] : options,
    renameContext: 'context',
  };
}
