/**
 * The HTTP server's life: it listens only if its port is free (a port in use is an error that
 * names it), holds a connection no longer than the configured times for a request's headers,
 * body and whole, and on shutdown stops accepting, lets running requests finish within a grace
 * period and cuts what is left.
 */
import http, { type RequestListener, type Server } from 'node:http';
import net from 'node:net';

export interface HttpTimeouts {
  /** To receive a request's headers. */
  headersMs: number;
  /** The longest pause while a request's body arrives. */
  bodyMs: number;
  /** To receive a whole request. */
  requestMs: number;
}

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    host: string,
  ) {
    super(
      `Port ${port} on ${host} is already in use by another program; stop it, or set PORT to a free port`,
    );
    this.name = 'PortInUseError';
  }
}

/** Fails fast, before anything slow starts, when the port is taken. */
export async function assertPortFree(port: number, host: string): Promise<void> {
  const probe = net.createServer();
  await bind(probe, port, host);
  await new Promise((resolve) => probe.close(resolve));
}

export async function listen(
  handler: RequestListener,
  port: number,
  host: string,
  timeouts: HttpTimeouts,
): Promise<Server> {
  const server = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      // Node checks the two limits above this often (30 s by default).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
    handler,
  );
  server.on('request', (req, res) => limitBodyPauses(req, res, timeouts.bodyMs));
  await bind(server, port, host);
  return server;
}

/**
 * Stops accepting connections, closes idle keep-alive ones as they become idle, and after
 * `graceMs` cuts the requests still running. Resolves with whether all of them finished.
 */
export async function drain(server: Server, graceMs: number): Promise<boolean> {
  let cut = false;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // A keep-alive connection whose request finishes becomes idle: close it then.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => {
    cut = true;
    server.closeAllConnections();
  }, graceMs);
  await closed;
  clearInterval(sweep);
  clearTimeout(deadline);
  return !cut;
}

function bind(server: net.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, host) : error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/**
 * A client that declared a body and pauses while sending it (or never sends the rest) loses
 * its connection after `bodyMs`, rather than holding it until the whole-request limit. Once
 * the body is in, the connection may stay quiet while the answer is worked out.
 */
function limitBodyPauses(req: http.IncomingMessage, res: http.ServerResponse, bodyMs: number): void {
  if (req.complete) return;
  const socket = req.socket;
  // Node emits 'timeout' on a request whose body is still arriving when its socket goes quiet.
  const onTimeout = () => socket.destroy();
  const done = () => {
    socket.setTimeout(0);
    req.off('timeout', onTimeout);
  };
  socket.setTimeout(bodyMs);
  req.once('timeout', onTimeout);
  req.once('end', done);
  res.once('close', done);
}
