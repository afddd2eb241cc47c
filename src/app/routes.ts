/** The pages of the mediator's window, each at a path a mediator can bookmark or reload. */
export type Route =
  | { name: 'catalog' }
  | { name: 'service'; id: string }
  | { name: 'entity'; id: string }
  | { name: 'lifeEvent'; id: string }
  | { name: 'accessibility' }
  | { name: 'notFound'; path: string };

export const paths = {
  catalog: () => '/',
  service: (id: string) => `/servico/${encodeURIComponent(id)}`,
  entity: (id: string) => `/entidade/${encodeURIComponent(id)}`,
  lifeEvent: (id: string) => `/evento/${encodeURIComponent(id)}`,
  accessibility: () => '/acessibilidade',
};

const WITH_ID: [RegExp, 'service' | 'entity' | 'lifeEvent'][] = [
  [/^\/servico\/([^/]+)\/?$/, 'service'],
  [/^\/entidade\/([^/]+)\/?$/, 'entity'],
  [/^\/evento\/([^/]+)\/?$/, 'lifeEvent'],
];

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'catalog' };
  if (pathname === '/acessibilidade' || pathname === '/acessibilidade/') return { name: 'accessibility' };
  for (const [pattern, name] of WITH_ID) {
    const raw = pattern.exec(pathname)?.[1];
    if (raw === undefined) continue;
    try {
      return { name, id: decodeURIComponent(raw) };
    } catch {
      break;
    }
  }
  return { name: 'notFound', path: pathname };
}
