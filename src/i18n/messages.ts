// Every string the mediator's window shows, in pt-PT (the default, spelled by the Acordo Ortográfico
// de 1990) and in English. `en` is typed on `pt`'s keys, so a key missing in either language does not compile.
// Plural forms are keys ending in `.one` / `.other`, picked by Intl.PluralRules (see tPlural).
// The accessibility statement's text is in accessibilityMessages.ts: it loads with its page.
// What enrollment, the lock screen and a revoked device say (every EnrollError, refusal and unlock outcome,
// typed on their codes) is kept beside the session logic in sessionMessages.ts and merged in here, so t()
// reads it and the same checks and tests cover it.
import { attendanceMessages } from '../features/attendance/attendanceMessages.ts';
import { formMessages } from '../features/attendance/form/formMessages.ts';
import { receiptMessages } from '../features/attendance/receipt/receiptMessages.ts';
import { citizenMessages } from '../features/citizen/citizenMessages.ts';
import { guideMessages } from '../features/guide/guideMessages.ts';
import { outboxMessages } from '../features/outbox/outboxMessages.ts';
import { sessionMessages } from '../features/session/sessionMessages.ts';

export const pt = {
  'app.name': 'Balcão',
  'app.tagline': 'Espaço Cidadão',
  'app.homeLink': 'Balcão, página inicial',
  'app.skipToContent': 'Saltar para o conteúdo principal',
  'app.loading': 'A abrir o Balcão…',
  'app.build': 'Versão {build}',
  'app.footer': 'Rodapé',
  'app.accessibilityLink': 'Declaração de acessibilidade',
  'app.pageTitle': '{page} · Balcão',
  'app.newTab': '(abre noutro separador)',
  'app.loadingPage': 'A abrir a página…',
  'app.pageLoadFailed':
    'Não foi possível abrir esta página. Recarregue o Balcão; se estiver sem rede, a página fica disponível depois de uma atualização completa.',

  'locale.group': 'Idioma',
  'locale.pt': 'PT',
  'locale.en': 'EN',

  'status.region': 'Estado do catálogo',
  'status.version': 'Catálogo versão {version}',
  'status.noCatalog': 'Sem catálogo (versão {version})',
  'status.refreshedAt': 'atualizado {when}',
  'status.neverRefreshed': 'nunca atualizado',
  'status.whenUnknown': 'em data desconhecida',
  'status.refresh': 'Atualizar catálogo',
  'status.refreshing': 'A atualizar o catálogo…',
  'status.updated': 'Catálogo atualizado para a versão {version}.',
  'status.current': 'O catálogo já está atualizado.',
  'status.failure.offline': 'Sem ligação ao hub. Está a usar o catálogo guardado (atualizado {when}).',
  'status.failure.hub-error':
    'O hub não conseguiu enviar o catálogo. Tente mais tarde. Está a usar o catálogo guardado (atualizado {when}).',
  'status.failure.garbage':
    'O hub respondeu de forma inesperada (pode ser uma página de acesso à rede Wi-Fi). Está a usar o catálogo guardado (atualizado {when}).',
  'status.failure.storage':
    'Não foi possível guardar no dispositivo: o armazenamento está cheio ou bloqueado. Liberte espaço no disco e tente de novo. Está a usar o catálogo guardado (atualizado {when}).',

  'never.title': 'O catálogo ainda não foi descarregado',
  'never.body':
    'Este dispositivo ainda não tem o catálogo de serviços. Ligue-o uma vez à rede do hub (Wi-Fi ou cabo) e carregue em «Descarregar o catálogo». Depois disso, o Balcão funciona sem rede.',
  'never.reason.offline': 'Neste momento não há ligação ao hub.',
  'never.reason.hub-error': 'O hub não conseguiu enviar o catálogo.',
  'never.reason.garbage': 'O hub respondeu de forma inesperada (pode ser uma página de acesso à rede Wi-Fi).',
  'never.reason.storage':
    'Não foi possível guardar o catálogo no dispositivo: o armazenamento está cheio ou bloqueado. Liberte espaço no disco.',
  'never.retry': 'Descarregar o catálogo',
  'never.downloading': 'A descarregar o catálogo pela primeira vez…',
  'catalog.reading': 'A ler o catálogo guardado…',

  'catalog.title': 'Catálogo de serviços',
  'search.label': 'Procurar serviço',
  'search.hint': 'Escreva o nome do serviço, um documento ou a entidade, por exemplo «carta de condução» ou «IMT».',
  'search.results': 'Resultados da pesquisa',
  'search.found.one': '{count} serviço encontrado',
  'search.found.other': '{count} serviços encontrados',
  'search.searching': 'A procurar…',
  'search.none': 'Nenhum serviço encontrado para «{query}».',
  'search.noneSpelling': 'Verifique a ortografia ou experimente outra palavra, por exemplo o nome do documento.',
  'search.noneBrowse': 'Também pode escolher o serviço pela entidade ou pelo acontecimento de vida.',
  'search.clear': 'Limpar a pesquisa e ver por entidade',
  'search.failed': 'A pesquisa não respondeu. Tente de novo, ou escolha o serviço pela entidade.',

  'browse.byEntity': 'Por entidade',
  'browse.byLifeEvent': 'Por acontecimento de vida',
  'browse.all': 'Todos os serviços',
  'browse.count.one': '{count} serviço',
  'browse.count.other': '{count} serviços',

  'fee.atSpot': 'Preço no Espaço Cidadão:',
  'fee.free': 'Gratuito',
  'fee.from': 'a partir de {amount}',
  'fee.freeOrPaid': 'Gratuito ou pago, consoante o caso',
  'fee.unknown': 'Preço a confirmar',
  'fee.ageMin': '{min} ou mais anos',
  'fee.ageMax': 'até {max} anos',
  'fee.ageRange': 'dos {min} aos {max} anos',
  'fee.exemptions': 'Isenções',
  'fee.legalBasis': 'Base legal: {basis}',
  'fee.split': 'Repartição da taxa',
  'fee.splitLocalAuthority': 'Autarquia',
  'fee.none': 'O catálogo não tem preços para este serviço. Confirme o valor antes de fazer o pedido.',
  'fee.noneOnChannel': 'Sem preço no catálogo para este canal.',

  'channel.spot': 'Espaço Cidadão',
  'channel.online': 'Online',
  'channel.counter': 'Balcão da entidade',

  'spotKind.fixed': 'Espaço Cidadão',
  'spotKind.mobile': 'Espaço Cidadão Móvel',
  'spotKind.solidarity': 'Espaço Cidadão Solidário',

  'service.entity': 'Entidade',
  'service.partners': 'Em parceria com',
  'service.description': 'Descrição',
  'service.documents': 'O que trazer',
  'service.documentOptional': 'opcional',
  'service.documentsNone': 'O catálogo não indica documentos para este serviço.',
  'service.fees': 'Quanto custa',
  'service.guide': 'Passo a passo',
  'service.online': 'Pedido online',
  'service.onlineLink': 'Abrir o serviço em {host}',
  'service.onlineNone': 'Este serviço não tem pedido online.',
  'service.spotKinds': 'Onde se pode pedir',
  'service.legalBasis': 'Legislação',
  'service.sources': 'Fontes',
  'service.verifiedAt': 'Informação verificada em {date}',
  'service.backToCatalog': 'Voltar ao catálogo',

  'unverified.badge': 'Por confirmar',
  'unverified.explain':
    '«Por confirmar»: esta informação ainda não foi confirmada na fonte oficial. Confirme-a antes de a dar ao cidadão.',

  'entity.website': 'Página oficial de {acronym}',
  'entity.services': 'Serviços',
  'entity.none': 'Esta entidade não tem serviços no catálogo deste dispositivo.',
  'lifeEvent.services': 'Serviços para este acontecimento',
  'lifeEvent.none': 'Não há serviços no catálogo para este acontecimento de vida.',

  'notFound.title': 'Página não encontrada',
  'notFound.body': 'Não encontrámos esta página. O endereço pode estar incompleto.',
  'notFound.service':
    'Este serviço não está no catálogo deste dispositivo. Pode ter sido retirado, ou o catálogo pode estar desatualizado.',
  'notFound.entity': 'Esta entidade não está no catálogo deste dispositivo.',
  'notFound.lifeEvent': 'Este acontecimento de vida não está no catálogo deste dispositivo.',
  'notFound.home': 'Ir para o catálogo de serviços',

  'error.title': 'Algo correu mal nesta página',
  'error.body': 'O Balcão encontrou um erro inesperado. Os dados guardados no dispositivo não foram apagados.',
  'error.reload': 'Recarregar o Balcão',

  'storage.title': 'O armazenamento do dispositivo está bloqueado ou cheio',
  'storage.body':
    'O Balcão guarda o catálogo e o trabalho no próprio dispositivo, para funcionar sem rede, e não conseguiu abrir esse armazenamento.',
  'storage.blocked': 'Outro separador do Balcão está a impedir a abertura. Feche os outros separadores do Balcão.',
  'storage.fixHeading': 'O que fazer',
  'storage.fixAllow':
    'Permita que este endereço guarde dados: nas definições do navegador, em «Cookies e dados de sites», autorize-o.',
  'storage.fixPrivate': 'Não use uma janela privada ou anónima: nelas o navegador não deixa guardar dados.',
  'storage.fixSpace': 'Liberte espaço no disco, apagando ficheiros ou transferências de que já não precisa.',
  'storage.fixTabs': 'Feche os outros separadores ou janelas do Balcão.',
  'storage.retry': 'Tentar de novo',

  'update.region': 'Atualização do Balcão',
  'update.title': 'Há uma nova versão do Balcão.',
  'update.body': 'Ao atualizar, a página recarrega. O trabalho guardado mantém-se.',
  'update.held': 'Poderá atualizar quando terminar o atendimento ou o formulário em curso.',
  'update.accept': 'Atualizar agora',
  'update.later': 'Mais tarde',
  'update.updating': 'A atualizar o Balcão…',

  'form.errorPrefix': 'Erro:',
  'form.optional': '(opcional)',

  'enroll.title': 'Registar este dispositivo',
  'enroll.intro':
    'Antes de ser usado, cada dispositivo é registado no hub do seu Espaço Cidadão. Só os dispositivos registados falam com o hub, e o catálogo mostrado passa a ser o do seu espaço.',
  'enroll.howTo':
    'Peça um código de registo ao coordenador. Cada código serve para um só dispositivo e vale 24 horas. O coordenador cria-o no hub com este comando, pondo o identificador do espaço no lugar de ID:',
  'enroll.offline':
    'Este dispositivo está sem rede. O registo precisa de ligação ao hub: ligue-o à rede (Wi-Fi ou cabo) antes de carregar em «Registar».',
  'enroll.code': 'Código de registo',
  'enroll.codeHint': 'Letras e algarismos, por exemplo ABCD-1234. Maiúsculas, espaços e traços não contam.',
  'enroll.label': 'Nome deste dispositivo',
  'enroll.labelHint':
    'Ajuda o coordenador a reconhecê-lo na consola do hub, por exemplo «Carrinha 2». Até 80 caracteres.',
  'enroll.submit': 'Registar',
  'enroll.working': 'A registar o dispositivo no hub…',
  'enroll.errorTitle': 'Não foi possível registar o dispositivo',
  'enroll.revoked':
    'Este dispositivo foi revogado pela coordenação; os dados foram apagados. Registe-o de novo com um código novo.',
  'enroll.enrolled': 'Dispositivo registado em «{spot}». Para atender com dados pessoais, entre como mediador.',

  'spot.label': 'Espaço:',

  'session.locked.start': 'Bloqueado',
  'session.locked.idle': 'Bloqueado por inatividade',
  'session.locked.hidden': 'Bloqueado: a janela esteve escondida',
  'session.locked.button': 'Bloqueado',
  'session.locked.switch': 'Bloqueado',
  'session.locked.revoked': 'Bloqueado',
  'session.unlockOpen': 'Entrar',
  'session.mediator': 'Mediador: {name}',
  'session.lock': 'Bloquear',

  'mediator.title': 'Mediador',
  'mediator.intro':
    'O catálogo é público e consulta-se sem entrar. Os rascunhos e os atendimentos de cada mediador ficam cifrados com uma chave que só a sua frase-passe ou PIN abre.',
  'mediator.unlockedAs': 'Entrou como {name}. Para mudar de mediador, escolha outro nome.',
  'mediator.choose': 'Quem é?',
  'mediator.none': 'Ainda não há mediadores neste dispositivo. Crie o primeiro em «Novo mediador».',
  'mediator.secret': 'Frase-passe ou PIN',
  'mediator.secretHint': 'A frase-passe ou o PIN de {name}.',
  'mediator.unlock': 'Desbloquear',
  'mediator.unlocking': 'A abrir a chave…',
  'mediator.retryReady': 'Já pode tentar de novo.',
  'mediator.unlockFailed':
    'Não foi possível abrir a chave: o armazenamento do dispositivo não respondeu. Tente de novo; se voltar a acontecer, recarregue o Balcão.',
  'mediator.new': 'Novo mediador',
  'mediator.newIntro':
    'Cada mediador tem o seu nome e o seu segredo. Os rascunhos ficam cifrados com uma chave que só esse segredo abre: se o esquecer, não há forma de os recuperar.',
  'mediator.name': 'Nome',
  'mediator.nameHint':
    'Como os colegas o conhecem, até 60 caracteres; diferente dos outros mediadores deste dispositivo.',
  'mediator.kind': 'Tipo de segredo',
  'mediator.kind.passphrase': 'Frase-passe (pelo menos 8 caracteres)',
  'mediator.kind.pin': 'PIN de 6 algarismos',
  'mediator.newSecret.passphrase': 'Frase-passe',
  'mediator.newSecret.pin': 'PIN de 6 algarismos',
  'mediator.newSecretHint.passphrase':
    'Pelo menos 8 caracteres. Uma frase fácil de lembrar e difícil de adivinhar, por exemplo três palavras.',
  'mediator.newSecretHint.pin': 'Exatamente 6 algarismos. Evite datas e sequências como 123456.',
  'mediator.confirm.passphrase': 'Repita a frase-passe',
  'mediator.confirm.pin': 'Repita o PIN',
  'mediator.problem.confirm-differs': 'A confirmação não é igual. Escreva o mesmo segredo nos dois campos.',
  'mediator.create': 'Criar mediador',
  'mediator.creating': 'A proteger a chave…',
  'mediator.cancel': 'Cancelar',
  'mediator.errorTitle': 'Corrija o seguinte para criar o mediador',
  'mediator.createFailed':
    'Não foi possível guardar o mediador neste dispositivo: o armazenamento está cheio ou bloqueado. Liberte espaço e tente de novo.',
  // Last, so that a key above with the same name fails to compile (TS2783) instead of overwriting.
  ...sessionMessages.pt,
  ...attendanceMessages.pt,
  ...formMessages.pt,
  ...receiptMessages.pt,
  ...outboxMessages.pt,
  ...citizenMessages.pt,
  ...guideMessages.pt,
} as const;

export type MessageKey = keyof typeof pt;

export const en: Record<MessageKey, string> = {
  'app.name': 'Balcão',
  'app.tagline': 'Citizen Spot',
  'app.homeLink': 'Balcão, home page',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Opening Balcão…',
  'app.build': 'Build {build}',
  'app.footer': 'Footer',
  'app.accessibilityLink': 'Accessibility statement',
  'app.pageTitle': '{page} · Balcão',
  'app.newTab': '(opens in a new tab)',
  'app.loadingPage': 'Opening the page…',
  'app.pageLoadFailed':
    'This page could not be opened. Reload Balcão; when offline, the page becomes available after a complete update.',

  'locale.group': 'Language',
  'locale.pt': 'PT',
  'locale.en': 'EN',

  'status.region': 'Catalog status',
  'status.version': 'Catalog version {version}',
  'status.noCatalog': 'No catalog (version {version})',
  'status.refreshedAt': 'updated {when}',
  'status.neverRefreshed': 'never updated',
  'status.whenUnknown': 'at an unknown time',
  'status.refresh': 'Update catalog',
  'status.refreshing': 'Updating the catalog…',
  'status.updated': 'Catalog updated to version {version}.',
  'status.current': 'The catalog is already up to date.',
  'status.failure.offline': 'No connection to the hub. You are using the saved catalog (updated {when}).',
  'status.failure.hub-error':
    'The hub could not send the catalog. Try again later. You are using the saved catalog (updated {when}).',
  'status.failure.garbage':
    'The hub gave an unexpected answer (it may be a Wi-Fi sign-in page). You are using the saved catalog (updated {when}).',
  'status.failure.storage':
    'Could not save on this device: storage is full or blocked. Free some disk space and try again. You are using the saved catalog (updated {when}).',

  'never.title': 'The catalog has not been downloaded yet',
  'never.body':
    'This device does not have the service catalog yet. Connect it once to the hub’s network (Wi-Fi or cable) and press “Download the catalog”. After that, Balcão works with no network.',
  'never.reason.offline': 'There is no connection to the hub right now.',
  'never.reason.hub-error': 'The hub could not send the catalog.',
  'never.reason.garbage': 'The hub gave an unexpected answer (it may be a Wi-Fi sign-in page).',
  'never.reason.storage':
    'The catalog could not be saved on this device: storage is full or blocked. Free some disk space.',
  'never.retry': 'Download the catalog',
  'never.downloading': 'Downloading the catalog for the first time…',
  'catalog.reading': 'Reading the saved catalog…',

  'catalog.title': 'Service catalog',
  'search.label': 'Find a service',
  'search.hint': 'Type the name of the service, a document or the entity, for example “driving licence” or “IMT”.',
  'search.results': 'Search results',
  'search.found.one': '{count} service found',
  'search.found.other': '{count} services found',
  'search.searching': 'Searching…',
  'search.none': 'No service found for “{query}”.',
  'search.noneSpelling': 'Check the spelling or try another word, for example the name of the document.',
  'search.noneBrowse': 'You can also choose the service by entity or by life event.',
  'search.clear': 'Clear the search and browse by entity',
  'search.failed': 'The search did not answer. Try again, or choose the service by entity.',

  'browse.byEntity': 'By entity',
  'browse.byLifeEvent': 'By life event',
  'browse.all': 'All services',
  'browse.count.one': '{count} service',
  'browse.count.other': '{count} services',

  'fee.atSpot': 'Price at the Citizen Spot:',
  'fee.free': 'Free',
  'fee.from': 'from {amount}',
  'fee.freeOrPaid': 'Free or paid, depending on the case',
  'fee.unknown': 'Price to be confirmed',
  'fee.ageMin': 'aged {min} or over',
  'fee.ageMax': 'up to age {max}',
  'fee.ageRange': 'aged {min} to {max}',
  'fee.exemptions': 'Fee waivers',
  'fee.legalBasis': 'Legal basis: {basis}',
  'fee.split': 'How the fee is shared',
  'fee.splitLocalAuthority': 'Local authority',
  'fee.none': 'The catalog has no prices for this service. Confirm the amount before making the request.',
  'fee.noneOnChannel': 'No price in the catalog for this channel.',

  'channel.spot': 'Citizen Spot',
  'channel.online': 'Online',
  'channel.counter': 'Entity’s own counter',

  'spotKind.fixed': 'Citizen Spot',
  'spotKind.mobile': 'Mobile Citizen Spot',
  'spotKind.solidarity': 'Solidarity Citizen Spot',

  'service.entity': 'Entity',
  'service.partners': 'In partnership with',
  'service.description': 'Description',
  'service.documents': 'What to bring',
  'service.documentOptional': 'optional',
  'service.documentsNone': 'The catalog lists no documents for this service.',
  'service.fees': 'What it costs',
  'service.guide': 'Step by step',
  'service.online': 'Online request',
  'service.onlineLink': 'Open the service on {host}',
  'service.onlineNone': 'This service has no online request.',
  'service.spotKinds': 'Where it can be requested',
  'service.legalBasis': 'Legislation',
  'service.sources': 'Sources',
  'service.verifiedAt': 'Information checked on {date}',
  'service.backToCatalog': 'Back to the catalog',

  'unverified.badge': 'To be confirmed',
  'unverified.explain':
    '“To be confirmed”: this information has not yet been confirmed at the official source. Confirm it before giving it to the citizen.',

  'entity.website': 'Official website of {acronym}',
  'entity.services': 'Services',
  'entity.none': 'This entity has no services in this device’s catalog.',
  'lifeEvent.services': 'Services for this life event',
  'lifeEvent.none': 'There are no services in the catalog for this life event.',

  'notFound.title': 'Page not found',
  'notFound.body': 'We could not find this page. The address may be incomplete.',
  'notFound.service':
    'This service is not in this device’s catalog. It may have been withdrawn, or the catalog may be out of date.',
  'notFound.entity': 'This entity is not in this device’s catalog.',
  'notFound.lifeEvent': 'This life event is not in this device’s catalog.',
  'notFound.home': 'Go to the service catalog',

  'error.title': 'Something went wrong on this page',
  'error.body': 'Balcão ran into an unexpected error. The data saved on this device has not been deleted.',
  'error.reload': 'Reload Balcão',

  'storage.title': 'This device’s storage is blocked or full',
  'storage.body':
    'Balcão keeps the catalog and your work on the device itself, so that it works with no network, and it could not open that storage.',
  'storage.blocked': 'Another Balcão tab is preventing it from opening. Close the other Balcão tabs.',
  'storage.fixHeading': 'What to do',
  'storage.fixAllow':
    'Allow this address to store data: in the browser settings, under “Cookies and site data”, allow it.',
  'storage.fixPrivate': 'Do not use a private or incognito window: the browser does not let it store data.',
  'storage.fixSpace': 'Free some disk space by deleting files or downloads you no longer need.',
  'storage.fixTabs': 'Close the other Balcão tabs or windows.',
  'storage.retry': 'Try again',

  'update.region': 'Balcão update',
  'update.title': 'A new version of Balcão is available.',
  'update.body': 'Updating reloads the page. Saved work is kept.',
  'update.held': 'You can update once the open attendance or form is finished.',
  'update.accept': 'Update now',
  'update.later': 'Later',
  'update.updating': 'Updating Balcão…',

  'form.errorPrefix': 'Error:',
  'form.optional': '(optional)',

  'enroll.title': 'Enrol this device',
  'enroll.intro':
    'Before it is used, each device is enrolled with the hub of its Citizen Spot. Only enrolled devices talk to the hub, and the catalog shown becomes your spot’s.',
  'enroll.howTo':
    'Ask your coordinator for an enrollment code. Each code is for one device only and is valid for 24 hours. The coordinator makes it on the hub with this command, putting the spot’s identifier in place of ID:',
  'enroll.offline':
    'This device has no network. Enrollment needs a connection to the hub: connect it (Wi-Fi or cable) before pressing “Enrol”.',
  'enroll.code': 'Enrollment code',
  'enroll.codeHint': 'Letters and digits, for example ABCD-1234. Case, spaces and dashes do not matter.',
  'enroll.label': 'Name of this device',
  'enroll.labelHint':
    'Helps the coordinator recognise it in the hub console, for example “Van 2”. Up to 80 characters.',
  'enroll.submit': 'Enrol',
  'enroll.working': 'Enrolling the device with the hub…',
  'enroll.errorTitle': 'The device could not be enrolled',
  'enroll.revoked':
    'This device was revoked by the coordination; its data has been erased. Enrol it again with a new code.',
  'enroll.enrolled': 'Device enrolled at “{spot}”. To attend with personal data, sign in as a mediator.',

  'spot.label': 'Spot:',

  'session.locked.start': 'Locked',
  'session.locked.idle': 'Locked after inactivity',
  'session.locked.hidden': 'Locked: the window was hidden',
  'session.locked.button': 'Locked',
  'session.locked.switch': 'Locked',
  'session.locked.revoked': 'Locked',
  'session.unlockOpen': 'Sign in',
  'session.mediator': 'Mediator: {name}',
  'session.lock': 'Lock',

  'mediator.title': 'Mediator',
  'mediator.intro':
    'The catalog is public and can be browsed without signing in. Each mediator’s drafts and attendances are encrypted with a key that only their passphrase or PIN opens.',
  'mediator.unlockedAs': 'Signed in as {name}. To switch mediator, choose another name.',
  'mediator.choose': 'Who are you?',
  'mediator.none': 'There are no mediators on this device yet. Create the first one with “New mediator”.',
  'mediator.secret': 'Passphrase or PIN',
  'mediator.secretHint': '{name}’s passphrase or PIN.',
  'mediator.unlock': 'Unlock',
  'mediator.unlocking': 'Opening the key…',
  'mediator.retryReady': 'You can try again now.',
  'mediator.unlockFailed':
    'The key could not be opened: the device’s storage did not answer. Try again; if it happens again, reload Balcão.',
  'mediator.new': 'New mediator',
  'mediator.newIntro':
    'Each mediator has their own name and secret. Their drafts are encrypted with a key that only that secret opens: if it is forgotten, there is no way to recover them.',
  'mediator.name': 'Name',
  'mediator.nameHint':
    'As colleagues know them, up to 60 characters; different from the other mediators on this device.',
  'mediator.kind': 'Kind of secret',
  'mediator.kind.passphrase': 'Passphrase (at least 8 characters)',
  'mediator.kind.pin': '6-digit PIN',
  'mediator.newSecret.passphrase': 'Passphrase',
  'mediator.newSecret.pin': '6-digit PIN',
  'mediator.newSecretHint.passphrase':
    'At least 8 characters. A phrase easy to remember and hard to guess, for example three words.',
  'mediator.newSecretHint.pin': 'Exactly 6 digits. Avoid dates and sequences such as 123456.',
  'mediator.confirm.passphrase': 'Type the passphrase again',
  'mediator.confirm.pin': 'Type the PIN again',
  'mediator.problem.confirm-differs': 'The confirmation does not match. Type the same secret in both fields.',
  'mediator.create': 'Create mediator',
  'mediator.creating': 'Protecting the key…',
  'mediator.cancel': 'Cancel',
  'mediator.errorTitle': 'Correct the following to create the mediator',
  'mediator.createFailed':
    'The mediator could not be saved on this device: storage is full or blocked. Free some space and try again.',
  ...sessionMessages.en,
  ...attendanceMessages.en,
  ...formMessages.en,
  ...receiptMessages.en,
  ...outboxMessages.en,
  ...citizenMessages.en,
  ...guideMessages.en,
};
