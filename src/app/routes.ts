/** The pages of the mediator's window, each at a path a mediator can bookmark or reload. */
export type Route =
  | { name: 'catalog' }
  | { name: 'service'; id: string }
  | { name: 'entity'; id: string }
  | { name: 'lifeEvent'; id: string }
  | { name: 'accessibility' }
  | { name: 'mediator' }
  /** The mediator's attendances: start one, resume a draft, see the completed requests. */
  | { name: 'attendances' }
  | { name: 'attendance'; id: string }
  | { name: 'request'; id: string }
  /** Where each completed request stands on its way to the hub, and "Enviar agora". */
  | { name: 'outbox' }
  /** A service's take-home guide, printed for the citizen; `reference`, the receipt's. */
  | { name: 'guide'; id: string; reference: string | null }
  | { name: 'notFound'; path: string };

export const paths = {
  catalog: () => '/',
  service: (id: string) => `/servico/${encodeURIComponent(id)}`,
  entity: (id: string) => `/entidade/${encodeURIComponent(id)}`,
  lifeEvent: (id: string) => `/evento/${encodeURIComponent(id)}`,
  accessibility: () => '/acessibilidade',
  attendances: () => '/atendimentos',
  /** An attendance in progress (its draft's id). */
  attendance: (id: string) => `/atendimentos/${encodeURIComponent(id)}`,
  /** A completed request, read-only, with its receipt; `saved` once, right after completion. */
  request: (id: string, saved = false) => `/pedidos/${encodeURIComponent(id)}${saved ? '?guardado=1' : ''}`,
  outbox: () => '/envios',
  /** The citizen's screen, a window of its own, paired with the mediator's tab that opened it. */
  citizen: (pair: string) => `${CITIZEN_PATH}#${pair}`,
  /** The take-home guide of a service, to print; with the receipt's reference when there is a request. */
  guide: (serviceId: string, reference?: string) =>
    `/guia/${encodeURIComponent(serviceId)}${reference ? `?${new URLSearchParams({ ref: reference })}` : ''}`,
  /** The mediator panel; `returnTo`, the page to go back to once the mediator is in. */
  mediator: (returnTo?: string) =>
    returnTo && returnTo !== '/' ? `/mediador?${new URLSearchParams({ voltar: returnTo })}` : '/mediador',
};

/** The citizen's window: main.tsx mounts it instead of the mediator's app. */
export const CITIZEN_PATH = '/cidadao';

export function isCitizenPath(pathname: string): boolean {
  return pathname === CITIZEN_PATH || pathname === `${CITIZEN_PATH}/`;
}

const MEDIATOR_PATH = /^\/mediador\/?$/;

/**
 * Where the mediator panel goes back to: the `voltar` of its query when it is a page of this app (a path
 * on this origin, never another site and never the panel itself), the catalog otherwise.
 */
export function returnPathFrom(search: string): string {
  const wanted = new URLSearchParams(search).get('voltar');
  if (!wanted?.startsWith('/') || wanted.startsWith('//') || wanted.startsWith('/\\')) return paths.catalog();
  const url = new URL(wanted, 'https://balcao.invalid');
  if (url.origin !== 'https://balcao.invalid' || MEDIATOR_PATH.test(url.pathname)) return paths.catalog();
  return `${url.pathname}${url.search}`;
}

const GUIDE_PATH = /^\/guia\/([^/]+)\/?$/;

const WITH_ID: [RegExp, 'service' | 'entity' | 'lifeEvent' | 'attendance' | 'request'][] = [
  [/^\/servico\/([^/]+)\/?$/, 'service'],
  [/^\/atendimentos\/([^/]+)\/?$/, 'attendance'],
  [/^\/pedidos\/([^/]+)\/?$/, 'request'],
  [/^\/entidade\/([^/]+)\/?$/, 'entity'],
  [/^\/evento\/([^/]+)\/?$/, 'lifeEvent'],
];

export function matchRoute(pathname: string, search = ''): Route {
  if (pathname === '/' || pathname === '') return { name: 'catalog' };
  if (pathname === '/acessibilidade' || pathname === '/acessibilidade/') return { name: 'accessibility' };
  if (MEDIATOR_PATH.test(pathname)) return { name: 'mediator' };
  if (pathname === '/atendimentos' || pathname === '/atendimentos/') return { name: 'attendances' };
  if (pathname === '/envios' || pathname === '/envios/') return { name: 'outbox' };
  const guide = GUIDE_PATH.exec(pathname)?.[1];
  if (guide !== undefined) {
    try {
      return { name: 'guide', id: decodeURIComponent(guide), reference: new URLSearchParams(search).get('ref') };
    } catch {
      return { name: 'notFound', path: pathname };
    }
  }
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
