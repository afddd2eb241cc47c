import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { ServicePage } from '../../../../src/features/catalog/ServicePage.tsx';
import { SessionProvider } from '../../../../src/features/session/SessionProvider.tsx';
import { createSessionStore } from '../../../../src/features/session/sessionStore.ts';
import { setLocale } from '../../../../src/i18n/locale.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { TEST_SPOT } from '../../app/appKit.tsx';
import { byTestId, mount, visibleText } from '../renderKit.tsx';
import { cartaRevalidacao, fixtureSnapshot } from './catalogFixture.ts';

let unmount = () => {};
let db: BalcaoDb | undefined;
afterEach(async () => {
  unmount();
  setLocale('pt');
  await db?.delete();
  history.replaceState(null, '', '/');
});

function openService(id: string, catalog = fixtureSnapshot()) {
  db = freshDb();
  const view = mount(
    <SessionProvider store={createSessionStore()} db={db} spot={TEST_SPOT}>
      <ServicePage catalog={catalog} id={id} />
    </SessionProvider>,
  );
  unmount = view.unmount;
  return view.container;
}

describe('the service page', () => {
  it('names the service and its entity, with a link to the entity', () => {
    const page = openService('carta-revalidacao');
    expect(visibleText(page.querySelector('h1'))).toBe('Revalidação da carta de condução');
    const entity = page.querySelector<HTMLAnchorElement>('a[href="/entidade/imt"]');
    expect(visibleText(entity)).toBe('Instituto da Mobilidade e dos Transportes (IMT)');
  });

  it('lists what to bring, with the optional documents marked', () => {
    const documents = byTestId(openService('carta-revalidacao'), 'service-documents');
    expect(visibleText(documents.querySelector('h2'))).toContain('O que trazer');
    const items = [...documents.querySelectorAll('li')].map(visibleText);
    expect(items).toEqual([
      'Cartão de Cidadão',
      'Atestado médico eletrónico O médico envia-o diretamente ao IMT.',
      'Cartão Multibanco opcional',
    ]);
  });

  it('shows the spot fee and the half fee from 70, the online fee, and how the fee is shared', () => {
    const fees = byTestId(openService('carta-revalidacao'), 'service-fees');
    const spot = fees.querySelector('[data-channel="spot"]');
    expect(visibleText(spot?.querySelector('h3') ?? null)).toBe('Espaço Cidadão');
    const rules = [...(spot?.querySelectorAll('.fee-rule') ?? [])].map(visibleText);
    expect(rules).toEqual(['Revalidação 30,00 €', 'Revalidação 70 ou mais anos 15,00 €']);
    const online = visibleText(fees.querySelector('[data-channel="online"]'));
    expect(online).toContain('Online');
    expect(online).toContain('27,00 €');
    expect(online).toContain('Com Chave Móvel Digital.');
    expect(visibleText(byTestId(fees, 'service-exemptions'))).toContain('Base legal: Despacho n.º 1/2026');
    const shares = [...byTestId(fees, 'service-split').querySelectorAll('li')].map(visibleText);
    expect(shares).toEqual([
      expect.stringMatching(/^IMT 90 ?%$/),
      expect.stringMatching(/^ARTE 3,5 ?%$/),
      expect.stringMatching(/^Autarquia 6,5 ?%$/),
    ]);
  });

  it('marks unconfirmed information "Por confirmar" and explains the badge', () => {
    const page = openService('carta-revalidacao');
    const documentsHeading = byTestId(page, 'service-documents').querySelector('h2');
    expect(visibleText(documentsHeading)).toBe('O que trazer Por confirmar');
    const onlineRule = byTestId(page, 'service-fees').querySelector('[data-channel="online"] .fee-rule');
    expect(onlineRule?.querySelector('[data-testid="unverified-badge"]')).not.toBeNull();
    expect(visibleText(byTestId(page, 'unverified-explain'))).toContain(
      'esta informação ainda não foi confirmada na fonte oficial',
    );
  });

  it('says when the information was checked, and gives its sources and the official online link', () => {
    const page = openService('carta-revalidacao');
    expect(visibleText(byTestId(page, 'service-verified-at'))).toBe('Informação verificada em 20 de novembro de 2026');
    const online = byTestId(page, 'service-online').querySelector('a');
    expect(online?.getAttribute('href')).toBe(cartaRevalidacao.onlineUrl);
    expect(online?.getAttribute('target')).toBe('_blank');
    expect(online?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(visibleText(online ?? null)).toBe('Abrir o serviço em eportugal.gov.pt (abre noutro separador)');
    expect(visibleText(byTestId(page, 'service-guide').querySelector('ol'))).toContain('Veja a data de validade');
    // The steps as a take-home guide to print, for a citizen who came only to ask.
    expect(byTestId(page, 'service-guide-print').getAttribute('href')).toBe('/guia/carta-revalidacao');
    expect(visibleText(byTestId(page, 'service-legal-basis'))).toContain('Decreto-Lei n.º 40/2016');
  });

  it('renders catalog text as text, never as markup', () => {
    const hostile = { ...cartaRevalidacao, name: { pt: '<img src=x onerror=alert(1)>', en: 'x' } };
    const page = openService(hostile.id, fixtureSnapshot([hostile]));
    expect(page.querySelector('img')).toBeNull();
    expect(visibleText(page.querySelector('h1'))).toBe('<img src=x onerror=alert(1)>');
  });

  it('speaks English when the mediator chose it', () => {
    setLocale('en');
    const page = openService('carta-revalidacao');
    expect(visibleText(page.querySelector('h1'))).toBe('Driving-licence revalidation (renewal)');
    expect(visibleText(byTestId(page, 'service-documents').querySelector('h2'))).toBe('What to bring To be confirmed');
    expect(visibleText(byTestId(page, 'service-fees'))).toContain('aged 70 or over €15.00');
    expect(visibleText(byTestId(page, 'service-verified-at'))).toBe('Information checked on 20 November 2026');
  });

  it('says kindly that an unknown service is not in this device’s catalog', () => {
    const page = openService('nao-existe');
    expect(visibleText(page.querySelector('h1'))).toBe('Página não encontrada');
    expect(visibleText(byTestId(page, 'not-found'))).toContain('Este serviço não está no catálogo deste dispositivo');
    expect(page.querySelector('a[href="/"]')).not.toBeNull();
  });

  it('starts an attendance of the service, asking a locked session to sign in first and come back', () => {
    const page = openService('carta-revalidacao');
    byTestId(page, 'start-attendance').click();
    expect(location.pathname).toBe('/mediador');
    expect(new URLSearchParams(location.search).get('voltar')).toBe('/servico/carta-revalidacao');
  });
});
