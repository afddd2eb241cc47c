// A seeded fault proxy on loopback between a real browser (its service worker included) and the real
// hub (issue 5, "What it must show"). Every call passes; only the delivery calls (POST /api/requests by
// default) meet faults, drawn in a seeded order so a failing run can be replayed with its seed:
// - dropAfterCommit: forwarded, the hub's whole answer awaited (it has committed), then the device's
//   socket destroyed: the device never hears that its requests were stored;
// - refused: the device's socket reset at once, nothing forwarded;
// - cutMidAnswer: forwarded, then half of the hub's answer bytes sent and the socket destroyed;
// - unavailable: answered 503 with Retry-After, nothing forwarded;
// - the rest forwarded cleanly after a delay (half on the way in, half on the way back, as a slow link).
// The planned rates hold exactly over every DECK_SIZE faulted calls, in a seeded random order, so a
// run's counts follow its rates closely whatever its length. Every answer closes its connection: a
// browser re-sends a request by itself when a kept-alive socket dies under it, which would hide a fault
// from the device.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FaultKind = 'dropAfterCommit' | 'refused' | 'cutMidAnswer' | 'unavailable';
export const FAULT_KINDS: readonly FaultKind[] = ['dropAfterCommit', 'refused', 'cutMidAnswer', 'unavailable'];

export interface FaultPlan {
  /** The share of faulted calls that meet each fault; the remainder goes through, delayed. */
  rates: Record<FaultKind, number>;
  /** The delay of a call that goes through, drawn uniformly in [min, max] ms. */
  delayMs: readonly [number, number];
  /** The Retry-After (seconds) of the 503s. */
  retryAfterSeconds: number;
}

/** Issue 5's chaos: 30 % of answers dropped after the hub committed, 10 % refused, 5 % cut, 5 % 503, 0–3 s delays. */
export const ISSUE_5_FAULTS: FaultPlan = {
  rates: { dropAfterCommit: 0.3, refused: 0.1, cutMidAnswer: 0.05, unavailable: 0.05 },
  delayMs: [0, 3_000],
  retryAfterSeconds: 1,
};

/** A slow link and nothing else: every call goes through, 0–3 s late (the crash test's, so kills land mid-call). */
export const DELAYS_ONLY: FaultPlan = {
  rates: { dropAfterCommit: 0, refused: 0, cutMidAnswer: 0, unavailable: 0 },
  delayMs: [0, 3_000],
  retryAfterSeconds: 1,
};

/** `faults`: the plan; `clean`: every call forwarded at once; `down`: every delivery call reset (no coverage). */
export type FaultMode = 'faults' | 'clean' | 'down';

/** Calls at which every planned rate holds exactly (1/20 = 5 %, the smallest rate of issue 5). */
export const DECK_SIZE = 20;

export interface FaultCounts extends Record<FaultKind, number> {
  /** Delivery calls seen while faults were on. */
  faultedCalls: number;
  /** Of those, forwarded untouched (after their delay). */
  passed: number;
  /** Delivery calls forwarded while faults were off (`clean`), and reset while `down`. */
  cleanCalls: number;
  downCalls: number;
  /** Every other call (the app's files, nonces, the profile), forwarded as it is. */
  otherCalls: number;
  /** The delays applied, summed, ms. */
  delayMs: number;
  /** The faults fired and the calls passed, by faulted path. */
  byPath: Record<string, Partial<Record<FaultKind | 'passed', number>>>;
}

/** What a delivery call met, told as it arrives (before any fault or delay takes effect). */
export interface DeliveryCall {
  n: number;
  method: string;
  path: string;
  fault: FaultKind | 'delay' | 'clean' | 'down';
  delayMs: number;
}

export interface FaultProxy {
  /** Where the browser should open the app, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The PRNG's seed: the same seed draws the same faults for the same sequence of calls. */
  seed: number;
  setMode(mode: FaultMode): void;
  mode(): FaultMode;
  counts(): FaultCounts;
  /** `share` (0.8 by default) of each kind's rate × the faulted calls so far, rounded down: the floor a run must reach. */
  planned(share?: number): Record<FaultKind, number>;
  /** Calls `listener` for each delivery call as it arrives; answers a function that stops it. */
  onDeliveryCall(listener: (call: DeliveryCall) => void): () => void;
  stop(): Promise<void>;
}

export interface FaultProxyOptions {
  seed?: number;
  plan?: FaultPlan;
  /** The paths whose calls meet faults (a call's path without its query): `/api/requests`, and `/api/nonce` if wanted. */
  paths?: readonly string[];
  mode?: FaultMode;
}

/** mulberry32 (Tommy Ettinger, 2017): a tiny PRNG with a 32-bit state, good enough to draw faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function startFaultProxy(hubUrl: string, options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const hub = new URL(hubUrl);
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const plan = options.plan ?? ISSUE_5_FAULTS;
  const paths = options.paths ?? ['/api/requests'];
  const random = seededRandom(seed);
  let mode: FaultMode = options.mode ?? 'faults';
  let deck: (FaultKind | 'delay')[] = [];
  let seen = 0;
  const counts: FaultCounts = {
    dropAfterCommit: 0,
    refused: 0,
    cutMidAnswer: 0,
    unavailable: 0,
    faultedCalls: 0,
    passed: 0,
    cleanCalls: 0,
    downCalls: 0,
    otherCalls: 0,
    delayMs: 0,
    byPath: {},
  };
  const fired = (path: string, kind: FaultKind | 'passed') => {
    counts[kind] += 1;
    const of = counts.byPath[path] ?? {};
    of[kind] = (of[kind] ?? 0) + 1;
    counts.byPath[path] = of;
  };
  const listeners = new Set<(call: DeliveryCall) => void>();
  const sockets = new Set<Socket>();

  const draw = (): FaultKind | 'delay' => {
    if (deck.length === 0) deck = shuffled(newDeck(plan), random);
    return deck.pop() ?? 'delay';
  };
  const delay = () => {
    const [min, max] = plan.delayMs;
    return Math.round(min + random() * (max - min));
  };

  const server = createServer((incoming, outgoing) => {
    const path = (incoming.url ?? '').split('?')[0] ?? '';
    const delivery = paths.includes(path);
    if (!delivery) {
      counts.otherCalls += 1;
      void forward(incoming, outgoing, 0, 0);
      return;
    }
    seen += 1;
    const fault = mode === 'faults' ? draw() : mode;
    const wait = fault === 'delay' ? delay() : 0;
    for (const listener of listeners) listener({ n: seen, method: incoming.method ?? '', path, fault, delayMs: wait });
    switch (fault) {
      case 'clean':
        counts.cleanCalls += 1;
        void forward(incoming, outgoing, 0, 0);
        return;
      case 'down':
        counts.downCalls += 1;
        incoming.socket.resetAndDestroy();
        return;
      case 'refused':
        counts.faultedCalls += 1;
        fired(path, 'refused');
        incoming.socket.resetAndDestroy();
        return;
      case 'unavailable':
        counts.faultedCalls += 1;
        fired(path, 'unavailable');
        incoming.resume();
        outgoing.writeHead(503, {
          'content-type': 'application/json; charset=utf-8',
          'retry-after': String(plan.retryAfterSeconds),
          connection: 'close',
        });
        outgoing.end(
          JSON.stringify({ error: { code: 'unavailable', message: 'the link is overloaded (fault proxy)' } }),
        );
        return;
      case 'delay':
        counts.faultedCalls += 1;
        fired(path, 'passed');
        counts.delayMs += wait;
        void forward(incoming, outgoing, Math.floor(wait / 2), wait - Math.floor(wait / 2));
        return;
      case 'dropAfterCommit':
      case 'cutMidAnswer':
        counts.faultedCalls += 1;
        void hubAnswer(incoming).then(
          (answer) => {
            fired(path, fault);
            if (fault === 'dropAfterCommit') {
              outgoing.socket?.destroy();
              return;
            }
            outgoing.writeHead(answer.status, closing(answer.headers));
            const half = answer.body.subarray(0, Math.floor(answer.body.byteLength / 2));
            outgoing.write(half, () => outgoing.socket?.destroy());
          },
          () => outgoing.socket?.destroy(),
        );
        return;
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  /** The call to the hub, and its whole answer. */
  function hubAnswer(
    incoming: IncomingMessage,
  ): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const call = request(
        {
          host: hub.hostname,
          port: hub.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: hub.host },
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.once('end', () =>
            resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }),
          );
          answer.once('error', reject);
        },
      );
      call.once('error', reject);
      incoming.pipe(call);
    });
  }

  /** Forwards a call after `before` ms, and its answer after `after` more. */
  async function forward(incoming: IncomingMessage, outgoing: ServerResponse, before: number, after: number) {
    // Read the body now, as a slow link would take it, so a held call is not a stalled socket.
    const body = await readAll(incoming).catch(() => null);
    if (body === null) return;
    if (before > 0) await sleep(before);
    const call = request(
      {
        host: hub.hostname,
        port: hub.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: hub.host },
      },
      (answer) => {
        const send = () => {
          if (outgoing.destroyed) {
            answer.resume();
            return;
          }
          outgoing.writeHead(answer.statusCode ?? 502, closing(answer.headers));
          answer.pipe(outgoing);
        };
        if (after > 0) {
          answer.pause();
          setTimeout(send, after);
        } else send();
      },
    );
    call.once('error', () => outgoing.destroy());
    call.end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seed,
    setMode: (next) => {
      mode = next;
    },
    mode: () => mode,
    counts: () => structuredClone(counts),
    planned: (share = 0.8) =>
      Object.fromEntries(
        FAULT_KINDS.map((kind) => [kind, Math.floor(share * plan.rates[kind] * counts.faultedCalls)]),
      ) as Record<FaultKind, number>,
    onDeliveryCall: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** DECK_SIZE draws holding each fault its planned share of times, the rest delays. */
function newDeck(plan: FaultPlan): (FaultKind | 'delay')[] {
  const deck: (FaultKind | 'delay')[] = [];
  for (const kind of FAULT_KINDS) {
    for (let i = 0; i < Math.round(plan.rates[kind] * DECK_SIZE); i += 1) deck.push(kind);
  }
  if (deck.length > DECK_SIZE) throw new Error('the fault plan asks for more than every call');
  while (deck.length < DECK_SIZE) deck.push('delay');
  return deck;
}

/** Fisher–Yates with the seeded PRNG. */
function shuffled<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** The hub's headers, the connection closed after this answer. */
function closing(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const { 'keep-alive': _keepAlive, connection: _connection, ...rest } = headers;
  return { ...rest, connection: 'close' };
}

function readAll(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.once('end', () => resolve(Buffer.concat(chunks)));
    incoming.once('error', reject);
    incoming.once('aborted', () => reject(new Error('the device went away')));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
