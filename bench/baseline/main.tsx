// The cold-start baseline: the smallest Preact page that renders a list, precached by a Workbox worker
// exactly as Balcão is, so the benchmark's ratio shows what Balcão's own start-up costs.
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { installTrustedTypes } from '../../src/app/installTrustedTypes.ts';

// Served by the hub with the same CSP as Balcão, so it needs the same Trusted Types policy.
installTrustedTypes();

const items = Array.from({ length: 48 }, (_, i) => `Serviço ${i + 1}`);

function Page() {
  // Marked as Balcão marks its first screen: in an effect, which Preact runs after the frame is painted.
  useEffect(() => {
    document.documentElement.dataset.ready = 'catalog';
    performance.mark('balcao:catalog-interactive');
  }, []);
  return (
    <main>
      <h1>Baseline</h1>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Page />, root);
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
