// The cold-start baseline: the smallest Preact page that renders a list, precached by a Workbox worker
// exactly as Balcão is, so the benchmark's ratio shows what Balcão's own start-up costs.
import { render } from 'preact';

const items = Array.from({ length: 48 }, (_, i) => `Serviço ${i + 1}`);

function Page() {
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
document.documentElement.dataset.ready = 'catalog';
performance.mark('balcao:catalog-interactive');
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
