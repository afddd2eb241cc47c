// What the citizen's screen says (issue 6), and the mediator's controls for it, in pt-PT (Acordo
// Ortográfico de 1990) and English; merged into src/i18n/messages.ts. Plain words for someone who may
// never have used a computer: what is happening, and why.

import type { Outcome } from '../../core/attendance/attendanceTerms.ts';
import type { AloneMeans } from '../../core/catalog/catalogTerms.ts';
import type { CitizenStepKind } from '../../core/citizen/CitizenView.ts';

type Section<Prefix extends string, Code extends string> = Record<`${Prefix}${Code}`, string>;
type Messages = Section<'citizen.explain.', CitizenStepKind> &
  Section<'citizen.alone.', AloneMeans> &
  Section<'citizen.ended.', Exclude<Outcome, 'completed'>> &
  Section<
    'citizen.',
    | 'title'
    | 'welcome'
    | 'welcome.detail'
    | 'unpaired'
    | 'unpaired.detail'
    | 'lost'
    | 'lost.detail'
    | 'progress'
    | 'announce'
    | 'answers'
    | 'noAnswer'
    | 'masked'
    | 'masked.label'
    | 'fee'
    | 'fee.free'
    | 'fee.unknown'
    | 'typing.title'
    | 'typing.hint'
    | 'doc.brought'
    | 'doc.missing'
    | 'completed.title'
    | 'completed.reference'
    | 'completed.pending'
    | 'completed.alone'
    | 'completed.needs'
    | 'completed.where'
    | 'tools'
    | 'textSize'
    | 'smaller'
    | 'larger'
    | 'contrast'
    | 'fullScreen'
    | 'screen.title'
    | 'screen.open'
    | 'screen.reopen'
    | 'screen.secondScreen'
    | 'screen.moved'
    | 'screen.notMoved'
    | 'screen.blocked'
    | 'screen.hint'
    | 'screen.show'
    | 'screen.shown'
    | 'screen.masked'
    | 'teach.title'
    | 'teach.intro'
    | 'teach.good'
    | 'teach.result'
    | 'teach.yes'
    | 'teach.partly'
    | 'teach.no'
    | 'teach.saved'
    | 'teach.failed'
    | 'teach.none'
    | 'teach.guide'
  >;

const pt: Messages = {
  'citizen.title': 'Ecrã do cidadão',
  'citizen.welcome': 'Bem-vindo ao Espaço Cidadão',
  'citizen.welcome.detail':
    'Quando o mediador começar o seu pedido, vai ver aqui cada passo, para acompanhar e aprender a fazê-lo sozinho da próxima vez.',
  'citizen.unpaired': 'Este ecrã ainda não está ligado a nenhum atendimento',
  'citizen.unpaired.detail':
    'Peça ao mediador para abrir o ecrã do cidadão a partir do Balcão, com o botão «Ecrã do cidadão».',
  'citizen.lost': 'O ecrã do mediador deixou de responder',
  'citizen.lost.detail':
    'Por segurança, os dados do atendimento deixaram de ser mostrados. O mediador pode voltar a abrir este ecrã a partir do Balcão.',
  'citizen.progress': 'Passo {current} de {total}',
  'citizen.announce': 'Passo {current} de {total}: {title}',
  'citizen.answers': 'O que está a ser preenchido',
  'citizen.noAnswer': 'Por preencher',
  'citizen.masked': '••••••',
  'citizen.masked.label': 'escondido por proteção dos seus dados',
  'citizen.fee': 'A pagar: {amount}',
  'citizen.fee.free': 'Este pedido é gratuito.',
  'citizen.fee.unknown': 'O valor a pagar ainda está a ser confirmado.',
  'citizen.typing.title': 'Pode escrever aqui',
  'citizen.typing.hint': 'O que escrever aparece também no ecrã do mediador.',
  'citizen.doc.brought': 'Trouxe',
  'citizen.doc.missing': 'Ainda não mostrou',
  'citizen.completed.title': 'O seu pedido foi concluído',
  'citizen.completed.reference': 'A sua referência',
  'citizen.completed.pending':
    'O pedido fica guardado em segurança e segue para os serviços assim que houver rede. Guarde o comprovativo.',
  'citizen.completed.alone': 'Da próxima vez, pode fazer sozinho',
  'citizen.completed.needs': 'Vai precisar de',
  'citizen.completed.where': 'Onde',
  'citizen.tools': 'Ajustar o ecrã',
  'citizen.textSize': 'Tamanho do texto',
  'citizen.smaller': 'Letra mais pequena',
  'citizen.larger': 'Letra maior',
  'citizen.contrast': 'Alto contraste',
  'citizen.fullScreen': 'Ecrã inteiro',
  'citizen.explain.start':
    'O mediador está a registar o início do atendimento. Se tiver prioridade (por exemplo, 65 ou mais anos), é atendido primeiro.',
  'citizen.explain.service': 'O mediador está a escolher o serviço de que precisa.',
  'citizen.explain.checklist':
    'O mediador está a confirmar os documentos que trouxe. Sem eles, o pedido não pode seguir: diz-lhe o que trazer da próxima vez.',
  'citizen.explain.eligibility':
    'O mediador está a confirmar se pode fazer este pedido hoje e quanto vai pagar, com a sua data de nascimento e as datas dos seus documentos.',
  'citizen.explain.form':
    'O mediador está a preencher o pedido com os seus dados. Confirme que está tudo certo: os serviços vão usar o que aqui ficar escrito.',
  'citizen.explain.identity':
    'O mediador está a confirmar quem é, com o documento que mostrou. Só fica registado o tipo de documento e os últimos 4 carateres do número. Nunca lhe vai pedir um PIN nem uma palavra-passe.',
  'citizen.explain.fee':
    'O mediador está a calcular o valor do pedido pelas regras oficiais e a registar como vai pagar.',
  'citizen.explain.review':
    'Veja se está tudo certo antes de o pedido ser concluído. Depois de concluído, já não se pode mudar: só fazer um pedido novo que o corrija.',
  'citizen.alone.cmd': 'A Chave Móvel Digital (um código que chega ao seu telemóvel)',
  'citizen.alone.cc-reader': 'O Cartão de Cidadão, com um leitor de cartões e os códigos da carta PIN',
  'citizen.alone.finance-password': 'A senha do Portal das Finanças',
  'citizen.alone.ss-password': 'A senha da Segurança Social Direta',
  'citizen.alone.in-person': 'Ir pessoalmente a um balcão, com os documentos',
  'citizen.ended.information-only': 'Hoje o mediador deu-lhe informação; não foi feito nenhum pedido.',
  'citizen.ended.referred': 'O mediador indicou-lhe o serviço que pode tratar do seu caso.',
  'citizen.ended.documents-missing':
    'Faltam documentos para fazer o pedido. O mediador vai dizer-lhe o que trazer da próxima vez.',
  'citizen.screen.title': 'Ecrã do cidadão',
  'citizen.screen.open': 'Abrir o ecrã do cidadão',
  'citizen.screen.reopen': 'Voltar a abrir o ecrã do cidadão',
  'citizen.screen.secondScreen': 'Pôr no segundo ecrã',
  'citizen.screen.moved': 'O ecrã do cidadão está no segundo ecrã.',
  'citizen.screen.notMoved':
    'Não foi possível pôr a janela no segundo ecrã: arraste-a para lá, ou use «Ecrã inteiro» no ecrã do cidadão.',
  'citizen.screen.blocked':
    'O navegador não deixou abrir a janela. Permita janelas de contexto para o Balcão e tente de novo.',
  'citizen.screen.hint':
    'Abre uma janela para o cidadão acompanhar cada passo em letra grande. Os dados pessoais aparecem escondidos, a não ser que os mostre.',
  'citizen.screen.show': 'Mostrar os dados pessoais ao cidadão',
  'citizen.screen.shown': 'O cidadão vê os seus dados pessoais no ecrã dele.',
  'citizen.screen.masked': 'Os dados pessoais aparecem escondidos no ecrã do cidadão.',
  'citizen.teach.title': 'Ensinar a fazer sozinho',
  'citizen.teach.intro':
    'Antes de o cidadão sair, faça-lhe estas perguntas e deixe-o responder por palavras dele. Se for preciso, explique outra vez.',
  'citizen.teach.good': 'Uma boa resposta',
  'citizen.teach.result': 'O cidadão ficou a saber fazer sozinho?',
  'citizen.teach.yes': 'Sim',
  'citizen.teach.partly': 'Em parte',
  'citizen.teach.no': 'Não',
  'citizen.teach.saved': 'Registado no atendimento: {result}.',
  'citizen.teach.failed': 'Não foi possível registar a resposta no dispositivo. Tente de novo.',
  'citizen.teach.none': 'Este serviço ainda não tem perguntas no catálogo: explique os passos do guia.',
  'citizen.teach.guide': 'Guia para levar para casa',
};

const en: Messages = {
  'citizen.title': "Citizen's screen",
  'citizen.welcome': 'Welcome to the Citizen Spot',
  'citizen.welcome.detail':
    'When the mediator starts your request, you will see every step here, to follow it and learn to do it on your own next time.',
  'citizen.unpaired': 'This screen is not linked to an attendance yet',
  'citizen.unpaired.detail':
    'Ask the mediator to open the citizen\'s screen from Balcão, with the "Citizen\'s screen" button.',
  'citizen.lost': "The mediator's screen stopped answering",
  'citizen.lost.detail':
    'To protect your data, the attendance is no longer shown. The mediator can open this screen again from Balcão.',
  'citizen.progress': 'Step {current} of {total}',
  'citizen.announce': 'Step {current} of {total}: {title}',
  'citizen.answers': 'What is being filled in',
  'citizen.noAnswer': 'Not filled in yet',
  'citizen.masked': '••••••',
  'citizen.masked.label': 'hidden to protect your data',
  'citizen.fee': 'To pay: {amount}',
  'citizen.fee.free': 'This request is free of charge.',
  'citizen.fee.unknown': 'The amount to pay is still being confirmed.',
  'citizen.typing.title': 'You can type here',
  'citizen.typing.hint': "What you type also shows on the mediator's screen.",
  'citizen.doc.brought': 'Brought',
  'citizen.doc.missing': 'Not shown yet',
  'citizen.completed.title': 'Your request is complete',
  'citizen.completed.reference': 'Your reference',
  'citizen.completed.pending':
    'The request is kept safe and goes to the services as soon as there is a network. Keep the receipt.',
  'citizen.completed.alone': 'Next time, you can do it on your own',
  'citizen.completed.needs': 'You will need',
  'citizen.completed.where': 'Where',
  'citizen.tools': 'Adjust the screen',
  'citizen.textSize': 'Text size',
  'citizen.smaller': 'Smaller text',
  'citizen.larger': 'Larger text',
  'citizen.contrast': 'High contrast',
  'citizen.fullScreen': 'Full screen',
  'citizen.explain.start':
    'The mediator is recording the start of the attendance. If you have priority (for example, aged 65 or over), you are served first.',
  'citizen.explain.service': 'The mediator is choosing the service you need.',
  'citizen.explain.checklist':
    'The mediator is checking the documents you brought. Without them the request cannot go ahead: you will be told what to bring next time.',
  'citizen.explain.eligibility':
    'The mediator is checking whether you can make this request today and what you will pay, using your date of birth and the dates on your documents.',
  'citizen.explain.form':
    'The mediator is filling in the request with your details. Check that everything is right: the services will use what is written here.',
  'citizen.explain.identity':
    'The mediator is confirming who you are with the document you showed. Only the kind of document and the last 4 characters of its number are recorded. You will never be asked for a PIN or a password.',
  'citizen.explain.fee': 'The mediator is working out the fee by the official rules and recording how you will pay.',
  'citizen.explain.review':
    'Check that everything is right before the request is completed. Once completed it cannot be changed: only corrected by a new request.',
  'citizen.alone.cmd': 'The Digital Mobile Key (Chave Móvel Digital: a code sent to your mobile phone)',
  'citizen.alone.cc-reader': 'Your Citizen Card, with a card reader and the codes from its PIN letter',
  'citizen.alone.finance-password': 'Your Portal das Finanças (tax portal) password',
  'citizen.alone.ss-password': 'Your Segurança Social Direta (social security) password',
  'citizen.alone.in-person': 'Going in person to a counter, with your documents',
  'citizen.ended.information-only': 'Today the mediator gave you information; no request was made.',
  'citizen.ended.referred': 'The mediator told you which service can deal with your case.',
  'citizen.ended.documents-missing':
    'Some documents are missing for the request. The mediator will tell you what to bring next time.',
  'citizen.screen.title': "Citizen's screen",
  'citizen.screen.open': "Open the citizen's screen",
  'citizen.screen.reopen': "Open the citizen's screen again",
  'citizen.screen.secondScreen': 'Put it on the second screen',
  'citizen.screen.moved': "The citizen's screen is on the second screen.",
  'citizen.screen.notMoved':
    'The window could not be put on the second screen: drag it there, or use "Full screen" on the citizen\'s screen.',
  'citizen.screen.blocked': 'The browser did not let the window open. Allow pop-ups for Balcão and try again.',
  'citizen.screen.hint':
    'Opens a window where the citizen follows every step in large type. Personal details show hidden unless you show them.',
  'citizen.screen.show': 'Show the personal details to the citizen',
  'citizen.screen.shown': 'The citizen sees their personal details on their screen.',
  'citizen.screen.masked': "Personal details show hidden on the citizen's screen.",
  'citizen.teach.title': 'Teach them to do it alone',
  'citizen.teach.intro':
    'Before the citizen leaves, ask these questions and let them answer in their own words. Explain again where needed.',
  'citizen.teach.good': 'A good answer',
  'citizen.teach.result': 'Can the citizen now do it on their own?',
  'citizen.teach.yes': 'Yes',
  'citizen.teach.partly': 'Partly',
  'citizen.teach.no': 'No',
  'citizen.teach.saved': 'Recorded in the attendance: {result}.',
  'citizen.teach.failed': 'The answer could not be recorded on this device. Try again.',
  'citizen.teach.none': "This service has no questions in the catalog yet: go through the guide's steps.",
  'citizen.teach.guide': 'Take-home guide',
};

export const citizenMessages = { pt, en };
