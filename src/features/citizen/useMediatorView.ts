import { useEffect, useRef, useState } from 'preact/hooks';
import type { CitizenView } from '../../core/citizen/CitizenView.ts';
import {
  CITIZEN_CHANNEL,
  type CitizenMessage,
  HEARTBEAT_MISSED,
  HEARTBEAT_MS,
  mediatorMessageFor,
} from '../../core/citizen/citizenProtocol.ts';

/**
 * What the citizen's window shows, by the mediator's tab it is paired with: `waiting` until that tab
 * answers, `lost` once it stops (closed, crashed, or its channel shut) — then no data stays on screen.
 */
export type Heard = { status: 'waiting' } | { status: 'lost' } | { status: 'view'; view: CitizenView };

export interface MediatorView {
  heard: Heard;
  /** Sends what the citizen typed into the field in focus. */
  type: (fieldId: string, value: string) => void;
}

export function useMediatorView(pair: string): MediatorView {
  const [heard, setHeard] = useState<Heard>({ status: 'waiting' });
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const opened = new BroadcastChannel(CITIZEN_CHANNEL);
    channel.current = opened;
    let lastHeard = 0;
    opened.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = mediatorMessageFor(pair, event.data);
      if (!message) return;
      lastHeard = Date.now();
      setHeard(message.type === 'view' ? { status: 'view', view: message.view } : { status: 'lost' });
    });
    const hello: CitizenMessage = { type: 'hello', pair };
    opened.postMessage(hello);
    const watch = setInterval(() => {
      if (lastHeard !== 0 && Date.now() - lastHeard > HEARTBEAT_MS * HEARTBEAT_MISSED) {
        lastHeard = 0;
        setHeard({ status: 'lost' });
      }
    }, HEARTBEAT_MS);
    return () => {
      clearInterval(watch);
      opened.close();
      channel.current = null;
    };
  }, [pair]);

  const type = (fieldId: string, value: string) => {
    const message: CitizenMessage = { type: 'typed', pair, fieldId, value };
    channel.current?.postMessage(message);
  };
  return { heard, type };
}
