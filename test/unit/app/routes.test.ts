import { describe, expect, it } from 'vitest';
import { matchRoute, paths, returnPathFrom } from '../../../src/app/routes.ts';

describe('the app’s addresses', () => {
  it('are the Portuguese paths a mediator can bookmark', () => {
    expect(matchRoute('/')).toEqual({ name: 'catalog' });
    expect(matchRoute('/servico/carta-revalidacao')).toEqual({ name: 'service', id: 'carta-revalidacao' });
    expect(matchRoute('/entidade/imt')).toEqual({ name: 'entity', id: 'imt' });
    expect(matchRoute('/evento/morte-familiar/')).toEqual({ name: 'lifeEvent', id: 'morte-familiar' });
    expect(matchRoute('/acessibilidade')).toEqual({ name: 'accessibility' });
  });

  it('lead every link back to the page it names', () => {
    for (const id of ['carta-revalidacao', 'cc-renovacao'])
      expect(matchRoute(paths.service(id))).toEqual({ name: 'service', id });
  });

  it('send anything else to the not-found page, malformed escapes included', () => {
    expect(matchRoute('/servico')).toEqual({ name: 'notFound', path: '/servico' });
    expect(matchRoute('/servico/a/b')).toEqual({ name: 'notFound', path: '/servico/a/b' });
    expect(matchRoute('/servico/%E0%A4%A')).toEqual({ name: 'notFound', path: '/servico/%E0%A4%A' });
  });
});

describe('the mediator panel’s address', () => {
  it('is /mediador, with the page to return to', () => {
    expect(matchRoute('/mediador')).toEqual({ name: 'mediator' });
    expect(paths.mediator('/')).toBe('/mediador');
    expect(paths.mediator('/servico/carta?q=x')).toBe('/mediador?voltar=%2Fservico%2Fcarta%3Fq%3Dx');
    expect(returnPathFrom('?voltar=%2Fservico%2Fcarta%3Fq%3Dx')).toBe('/servico/carta?q=x');
  });

  it('returns only to a page of this app, never elsewhere nor to itself', () => {
    for (const wanted of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'servico/x', '/mediador', ''])
      expect(returnPathFrom(`?${new URLSearchParams({ voltar: wanted })}`), wanted).toBe('/');
    expect(returnPathFrom('')).toBe('/');
  });
});
