// The one node:http server: REST requests go to the router, WebSocket upgrades on /gateway to the
// gateway; anything malformed is dropped without taking the server down.

import { createServer, type Server } from 'node:http';
import type { GatewayServer } from './gateway.js';
import { handleRest, type RouterOptions } from './restRouter.js';

export function createHttpServer(router: RouterOptions, gateway: GatewayServer, afterRequest: () => void): Server {
  const server = createServer((request, response) => {
    handleRest(router, request, response)
      .catch(error => {
        router.log(`request failed: ${String(error)}`);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      })
      .finally(afterRequest);
  });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/gateway' || path === '/gateway/') gateway.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  return server;
}

/** Listens on an ephemeral loopback port and returns `127.0.0.1:PORT`. */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fake Discord server has no TCP address');
  return `127.0.0.1:${address.port}`;
}
