// A thin link on loopback, for the drain bench (issue 5): a TCP proxy in front of the hub that delays each
// direction by half the round trip, paces the upstream bytes of every connection through one shared link
// of a fixed bandwidth, makes each new connection wait a round trip first (the TCP handshake the kernel
// did at once on loopback), and counts the bytes each way. It shapes TCP payload only: no packet headers,
// no loss, no slow start, so it is kinder than a real 3G link, to both sides alike.
import { connect, createServer, type Socket } from 'node:net';

export interface LinkShaperOptions {
  /** Where the link leads, e.g. the hub's `http://127.0.0.1:41234`. */
  target: string;
  rttMs: number;
  /** Upstream (device to hub) bandwidth, bits per second, shared by every connection. */
  upBitsPerSecond: number;
  /** Downstream bandwidth; not paced when absent. */
  downBitsPerSecond?: number;
}

export interface LinkCounts {
  /** Bytes from the device to the hub, and back. */
  upBytes: number;
  downBytes: number;
  /**
   * Exchanges: each time a connection's device side speaks again after the hub answered it (or first):
   * one HTTP/1.1 request and its answer, as fetch sends them one after another on a connection.
   */
  exchanges: number;
  /** Connections opened since the last reset that carried an exchange: each paid a handshake's round trip. */
  handshakes: number;
}

export interface LinkShaper {
  /** Where the device should call: the same path reaches the target through the link. */
  url: string;
  counts(): LinkCounts;
  /** Counts from zero again (a run's own bytes); connections already open pay no handshake in the next count. */
  reset(): void;
  close(): Promise<void>;
}

/** A TCP segment's payload: bytes go onto the link in pieces of this size, so connections share it fairly. */
const SEGMENT_BYTES = 1448;
/** Timers fire a little late; what is due within this many ms goes out in the same turn. */
const TIMER_SLACK_MS = 0.5;

/** One direction of one connection: what is in flight, written out in order, each piece at its time. */
class Lane {
  private readonly flight: { at: number; data: Buffer | null }[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** When the last piece in flight arrives: nothing may overtake it. */
  last = 0;

  constructor(private readonly out: Socket) {}

  /** `null` ends the far side, once everything before it has arrived. */
  send(at: number, data: Buffer | null): void {
    this.last = Math.max(this.last, at);
    this.flight.push({ at: this.last, data });
    this.schedule();
  }

  drop(): void {
    clearTimeout(this.timer);
    this.flight.length = 0;
  }

  private schedule(): void {
    const next = this.flight[0];
    if (this.timer !== undefined || next === undefined) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.deliver();
      },
      Math.max(0, next.at - performance.now()),
    );
  }

  private deliver(): void {
    const now = performance.now() + TIMER_SLACK_MS;
    while (this.flight[0] !== undefined && this.flight[0].at <= now) {
      const { data } = this.flight.shift() as { data: Buffer | null };
      if (!this.out.writable) continue;
      if (data === null) this.out.end();
      else this.out.write(data);
    }
    this.schedule();
  }
}

export async function startLinkShaper(options: LinkShaperOptions): Promise<LinkShaper> {
  const target = new URL(options.target);
  const half = options.rttMs / 2;
  const msPerUpByte = 8_000 / options.upBitsPerSecond;
  const msPerDownByte = options.downBitsPerSecond === undefined ? 0 : 8_000 / options.downBitsPerSecond;
  let counts: LinkCounts = { upBytes: 0, downBytes: 0, exchanges: 0, handshakes: 0 };
  // Counts are per run: a connection opened before the last reset paid its handshake before it.
  let epoch = 0;
  // The shared links: when each is free to put the next byte on.
  let upFreeAt = 0;
  let downFreeAt = 0;
  const open = new Set<Socket>();

  const server = createServer({ allowHalfOpen: true, noDelay: true }, (device) => {
    const hub = connect({ host: target.hostname, port: Number(target.port), allowHalfOpen: true, noDelay: true });
    const opened = { epoch, at: performance.now() + options.rttMs };
    const up = new Lane(hub);
    const down = new Lane(device);
    let turn: 'none' | 'up' | 'down' = 'none';
    let exchanges = 0;
    for (const socket of [device, hub]) {
      open.add(socket);
      socket.once('close', () => open.delete(socket));
    }
    const fail = () => {
      up.drop();
      down.drop();
      device.destroy();
      hub.destroy();
    };
    device.on('error', fail);
    hub.on('error', fail);

    device.on('data', (chunk: Buffer) => {
      counts.upBytes += chunk.length;
      if (turn !== 'up') {
        if (exchanges === 0 && opened.epoch === epoch) counts.handshakes += 1;
        exchanges += 1;
        counts.exchanges += 1;
        turn = 'up';
      }
      // The device's bytes leave once its handshake is done, then queue for the one upstream link.
      let onLink = Math.max(performance.now(), opened.at, upFreeAt);
      for (let offset = 0; offset < chunk.length; offset += SEGMENT_BYTES) {
        const segment = chunk.subarray(offset, offset + SEGMENT_BYTES);
        onLink += segment.length * msPerUpByte;
        up.send(onLink + half, segment);
      }
      upFreeAt = onLink;
    });
    hub.on('data', (chunk: Buffer) => {
      counts.downBytes += chunk.length;
      turn = 'down';
      let onLink = Math.max(performance.now(), downFreeAt);
      for (let offset = 0; offset < chunk.length; offset += SEGMENT_BYTES) {
        const segment = chunk.subarray(offset, offset + SEGMENT_BYTES);
        onLink += segment.length * msPerDownByte;
        down.send(onLink + half, segment);
      }
      if (msPerDownByte > 0) downFreeAt = onLink;
    });
    device.on('end', () => up.send(up.last, null));
    hub.on('end', () => down.send(down.last, null));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the link shaper has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    counts: () => ({ ...counts }),
    reset() {
      counts = { upBytes: 0, downBytes: 0, exchanges: 0, handshakes: 0 };
      epoch += 1;
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
