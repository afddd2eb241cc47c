// Trusted Types (the hub's CSP says `require-trusted-types-for 'script'`): the browser then refuses
// every string that would become HTML or script. Balcão never writes HTML from strings (catalog text is
// always text) and runs no dynamic script, so the one policy allows only script URLs of its own origin:
// the service worker and the bundled workers. It is the `default` policy so that the URLs Vite and
// workbox-window pass as plain strings go through it. https://w3c.github.io/trusted-types/dist/spec/

interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): unknown;
}

export function installTrustedTypes(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  factory.createPolicy('default', {
    createScriptURL(url) {
      const parsed = new URL(url, location.href);
      if (
        parsed.origin === location.origin &&
        (parsed.pathname === '/sw.js' || parsed.pathname.startsWith('/assets/'))
      ) {
        return parsed.href;
      }
      throw new TypeError(`script URL refused by Balcão's Trusted Types policy: ${url}`);
    },
  });
}
