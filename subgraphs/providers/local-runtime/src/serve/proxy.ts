import { connect, createServer, type Server, type Socket } from 'node:net';
import { listen } from '../process/ports.ts';

/**
 * An environment's stable address: a TCP proxy on a port that never changes between releases,
 * forwarding each new connection to whichever app process is current. Switching releases is
 * changing `target`; connections already open finish on the process they started on.
 */
export class EnvironmentProxy {
  readonly host: string;
  readonly port: number;
  /** Port of the current app process, or undefined when none serves. */
  target: number | undefined;
  /** Said (as an HTTP 503) to clients while no process serves. */
  unavailable = 'No release is running in this environment yet.';
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();

  private constructor(server: Server, host: string, port: number) {
    this.#server = server;
    this.host = host;
    this.port = port;
    server.on('connection', (socket) => this.#forward(socket));
  }

  /** Listens on `port` (0 picks one); rejects with EADDRINUSE when it is taken. */
  static async open(host: string, port: number): Promise<EnvironmentProxy> {
    const server = createServer({ pauseOnConnect: true });
    const bound = await listen(server, host, port);
    return new EnvironmentProxy(server, host, bound);
  }

  get url(): string {
    return `http://${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.port}`;
  }

  #forward(client: Socket): void {
    this.#track(client);
    const target = this.target;
    if (target === undefined) {
      answer(client, 503, this.unavailable);
      return;
    }
    const upstream = connect({ host: this.host === '0.0.0.0' ? '127.0.0.1' : this.host, port: target });
    this.#track(upstream);
    upstream.once('connect', () => {
      client.pipe(upstream).pipe(client);
      client.resume();
    });
    upstream.once('error', () => {
      if (!client.destroyed && client.bytesWritten === 0) {
        answer(client, 502, 'The app is not answering (it may be restarting); try again shortly.');
      } else client.destroy();
    });
    client.once('error', () => upstream.destroy());
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.end());
  }

  #track(socket: Socket): void {
    this.#sockets.add(socket);
    socket.once('close', () => this.#sockets.delete(socket));
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const socket of this.#sockets) socket.destroy();
    await closed;
  }
}

function answer(client: Socket, status: 502 | 503, message: string): void {
  const body = `${message}\n`;
  // Read what the client sent: closing with unread data would reset the connection before it reads this.
  client.resume();
  const reason = status === 503 ? 'Service Unavailable' : 'Bad Gateway';
  client.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: text/plain; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
