import { describe, expect, it } from 'vitest';
import { isCitizenPath, matchRoute, paths, returnPathFrom } from '../../../src/app/routes.ts';

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

  it("print a service's take-home guide with the request's reference, and open the citizen's window apart", () => {
    const url = new URL(paths.guide('cc-renovacao', 'AB12-CD34'), 'https://balcao.invalid');
    expect(matchRoute(url.pathname, url.search)).toEqual({ name: 'guide', id: 'cc-renovacao', reference: 'AB12-CD34' });
    expect(matchRoute(paths.guide('cc-renovacao'))).toEqual({ name: 'guide', id: 'cc-renovacao', reference: null });
    const citizen = new URL(paths.citizen('p'.repeat(22)), 'https://balcao.invalid');
    expect(isCitizenPath(citizen.pathname)).toBe(true);
    expect(citizen.hash).toBe(`#${'p'.repeat(22)}`);
    expect(isCitizenPath('/cidadaos')).toBe(false);
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
