// A loopback proxy in front of a real hub that cuts the link after scripted numbers of request-body bytes,
// the way a van loses coverage mid-upload, and counts the body bytes it let through. It reads only the
// device-to-hub direction, as HTTP/1.1 requests one after another on each connection (each body framed
// by Content-Length, as fetch sends a byte body); answers go back untouched.
import { createServer, type Server, Socket } from 'node:net';

export interface CuttingProxyOptions {
  /**
   * Cuts, as totals of request-body bytes over every connection: at each, the connection carrying that
   * byte is cut right after it, mid-body. Ascending.
   */
  cutAfter?: readonly number[];
  /**
   * `reset` (the default) drops both sides at once with a TCP reset, losing whatever the hub had received
   * but not yet read; `close` lets what was forwarded reach the hub, then closes.
   */
  cut?: 'reset' | 'close';
}

export interface CuttingProxy {
  /** Where devices should call, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Request-body bytes forwarded to the hub so far, over every connection. */
  bodyBytes(): number;
  /** The cuts made so far. */
  cuts(): number;
  /** Every request seen, in order: method and path. */
  requests(): { method: string; path: string }[];
  close(): Promise<void>;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const MAX_HEAD_BYTES = 64 * 1024;

export async function startCuttingProxy(hubUrl: string, options: CuttingProxyOptions = {}): Promise<CuttingProxy> {
  const target = new URL(hubUrl);
  const cutAfter = [...(options.cutAfter ?? [])];
  const mode = options.cut ?? 'reset';
  let bodyBytes = 0;
  let cuts = 0;
  const requests: { method: string; path: string }[] = [];
  const open = new Set<Socket>();

  const server: Server = createServer((device) => {
    const hub = new Socket();
    for (const socket of [device, hub]) {
      open.add(socket);
      socket.once('close', () => open.delete(socket));
      socket.on('error', () => {});
    }
    // Nothing from the device goes on until the hub's side is up.
    device.pause();
    hub.connect(Number(target.port), target.hostname, () => device.resume());
    hub.on('data', (chunk) => device.write(chunk));
    hub.once('end', () => device.end());
    device.once('end', () => hub.end());
    hub.once('close', () => device.destroy());
    device.once('close', () => hub.destroy());

    let head = Buffer.alloc(0);
    let bodyLeft = 0;
    let cutHere = false;
    const cutNow = () => {
      cutHere = true;
      cuts += 1;
      device.removeAllListeners('data');
      if (mode === 'reset') {
        hub.resetAndDestroy();
        device.resetAndDestroy();
      } else {
        hub.end();
        device.destroy();
      }
    };

    device.on('data', (data: Buffer) => {
      let rest = data;
      while (rest.length > 0 && !cutHere) {
        if (bodyLeft === 0) {
          head = Buffer.concat([head, rest]);
          const end = head.indexOf(HEAD_END);
          if (end === -1) {
            if (head.length > MAX_HEAD_BYTES) throw new Error('the cutting proxy saw a request head over 64 KiB');
            return;
          }
          const text = head.subarray(0, end).toString('latin1');
          hub.write(head.subarray(0, end + HEAD_END.length));
          rest = head.subarray(end + HEAD_END.length);
          head = Buffer.alloc(0);
          bodyLeft = bodyLength(text);
          const [method = '', path = ''] = (text.split('\r\n')[0] ?? '').split(' ');
          requests.push({ method, path });
          continue;
        }
        let take = Math.min(bodyLeft, rest.length);
        const nextCut = cutAfter[0];
        const cutting = nextCut !== undefined && bodyBytes + take >= nextCut;
        if (cutting) {
          take = nextCut - bodyBytes;
          cutAfter.shift();
        }
        if (take > 0) hub.write(rest.subarray(0, take));
        bodyBytes += take;
        bodyLeft -= take;
        rest = rest.subarray(take);
        if (cutting) cutNow();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the cutting proxy has no port');

  return {
    url: `http://127.0.0.1:${address.port}`,
    bodyBytes: () => bodyBytes,
    cuts: () => cuts,
    requests: () => [...requests],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The body's length a request head declares: Content-Length, or none. Chunked bodies are not counted, so refused. */
function bodyLength(head: string): number {
  const fields = head.split('\r\n').slice(1);
  const field = (name: string) =>
    fields
      .find((line) => line.toLowerCase().startsWith(`${name}:`))
      ?.slice(name.length + 1)
      .trim();
  if (field('transfer-encoding') !== undefined) {
    throw new Error('the cutting proxy counts bodies framed by Content-Length only, not chunked ones');
  }
  const length = field('content-length');
  return length === undefined ? 0 : Number(length);
}
