/**
 * The baselines of `bench/http.ts`: a server that answers every request with the same fixed response
 * (the bytes and headers Sahifa sent for an article page), as a bare Node `http` server or a bare
 * Fastify route, so that the benchmark shows what the framework and Sahifa add to the cost of HTTP.
 *
 *   node --import tsx bench/http-bare-server.ts node|fastify PORT RESPONSE.json
 *
 * RESPONSE.json: `{ headers: {...}, bodyBase64: "..." }`.
 */
import fs from 'node:fs';
import http from 'node:http';
import Fastify from 'fastify';

const [kind, portText, responseFile] = process.argv.slice(2);
if ((kind !== 'node' && kind !== 'fastify') || !portText || !responseFile) {
  console.error('usage: http-bare-server.ts node|fastify PORT RESPONSE.json');
  process.exit(2);
}
const port = Number(portText);
const response = JSON.parse(fs.readFileSync(responseFile, 'utf8')) as { headers: Record<string, string>; bodyBase64: string };
const body = Buffer.from(response.bodyBase64, 'base64');
const headers = { ...response.headers, 'content-length': String(body.length) };

if (kind === 'node') {
  http
    .createServer((_request, reply) => {
      reply.writeHead(200, headers);
      reply.end(body);
    })
    .listen(port, '127.0.0.1', () => console.log(`bare node http on ${port}`));
} else {
  const app = Fastify({ logger: false });
  app.get('/*', async (_request, reply) => reply.headers(headers).send(body));
  await app.listen({ port, host: '127.0.0.1' });
  console.log(`bare fastify on ${port}`);
}
