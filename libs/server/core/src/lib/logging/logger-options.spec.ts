import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';

import pino from 'pino';
import { pinoHttp } from 'pino-http';

import { type AppConfig, loadConfig } from '../config/app-config';
import { pinoHttpOptions } from './logger-options';

describe('request logging', () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const config: AppConfig = {
      ...loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', JWT_SECRET: 'x'.repeat(32) }),
      logLevel: 'info',
    };
    const log = pinoHttp({ ...pinoHttpOptions(config, 'api'), logger: undefined }, sink);
    server = createServer((req, res) => {
      log(req, res);
      if (req.url?.startsWith('/fail')) {
        res.statusCode = 500;
        req.log.error('something broke');
      }
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => lines.splice(0));

  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('writes one JSON object per line with the request id the caller sent, and echoes it', async () => {
    const res = await fetch(`${url}/graphql?code=secret`, {
      headers: { 'x-request-id': 'req-from-proxy-123', authorization: 'Bearer abc.def' },
    });
    await settle();
    expect(res.headers.get('x-request-id')).toBe('req-from-proxy-123');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      service: 'api',
      requestId: 'req-from-proxy-123',
      req: { method: 'GET', url: '/graphql' },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(JSON.stringify(lines[0])).not.toContain('abc.def');
    expect(JSON.stringify(lines[0])).not.toContain('secret');
  });

  it('makes an id when none (or a malformed one) was sent, and ties every line of the request to it', async () => {
    const res = await fetch(`${url}/fail`, { headers: { 'x-request-id': 'bad id {}' } });
    await settle();
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.map((l) => [l['level'], l['requestId']])).toEqual([
      ['error', id],
      ['error', id],
    ]);
  });

  it('does not log health probes', async () => {
    await fetch(`${url}/health/live`);
    await settle();
    expect(lines).toEqual([]);
  });

  it('uses string levels and ISO times that log collectors read without configuration', () => {
    const logger = pino(pinoHttpOptions({ logLevel: 'info' } as AppConfig, 'worker'), sink);
    logger.info('hello');
    expect(lines.at(-1)).toMatchObject({ level: 'info', service: 'worker', msg: 'hello' });
    expect(String(lines.at(-1)?.['time'])).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
