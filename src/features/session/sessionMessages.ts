// What enrollment, the lock screen and a revoked device say to the mediator, in pt-PT (Acordo
// Ortográfico de 1990) and English. Kept apart from src/i18n/messages.ts until the lock screen's UI
// merges them there; each section is typed on its codes, so a code without a message does not compile.
// Plural forms end in `.one` / `.other`, as tPlural expects.

import type { EnrollFailure } from '../../db/device/enrollDevice.ts';
import type { MediatorProblem } from '../../db/secure/createMediator.ts';
import type { LockReason } from './sessionStore.ts';

type Section<Prefix extends string, Code extends string> = Record<`${Prefix}${Code}`, string>;
type Messages = Section<'enroll.error.', EnrollFailure> &
  Section<'mediator.problem.', MediatorProblem> &
  Section<'lock.reason.', LockReason> &
  Section<
    'unlock.',
    | 'unknown-mediator'
    | 'wrong-secret'
    | 'wait.seconds'
    | 'wait.minutes'
    | 'warning.one'
    | 'warning.other'
    | 'destroyed'
    | 'superseded'
  > &
  Section<'device.', 'revoked' | 'revoked.title'>;

export type SessionMessageKey = keyof Messages;

const pt: Messages = {
  'enroll.error.enroll-code-unknown':
    'Este código de registo não existe. Confirme-o com o coordenador: letras e algarismos, os traços não contam.',
  'enroll.error.enroll-code-expired':
    'Este código de registo já expirou (cada código vale 24 horas). Peça um código novo ao coordenador.',
  'enroll.error.enroll-code-used':
    'Este código de registo já foi usado. Cada código serve para um só dispositivo: peça um código novo ao coordenador.',
  'enroll.error.enroll-bad-key':
    'O hub recusou a chave deste dispositivo. Atualize o navegador e tente de novo; se voltar a acontecer, contacte o apoio técnico.',
  'enroll.error.enroll-bad-proof':
    'O hub não conseguiu confirmar que o código foi escrito neste dispositivo. Tente de novo; se voltar a acontecer, contacte o apoio técnico.',
  'enroll.error.enroll-bad-request': 'O pedido de registo chegou incompleto ao hub. Tente de novo.',
  'enroll.error.enroll-code-missing': 'Escreva o código de registo que o coordenador lhe deu.',
  'enroll.error.already-enrolled': 'Este dispositivo já está registado.',
  'enroll.error.offline':
    'Sem ligação ao hub. Ligue o dispositivo à rede (Wi-Fi ou cabo) e tente de novo. O código continua válido.',
  'enroll.error.hub-error':
    'O hub não conseguiu registar o dispositivo ou respondeu de forma inesperada (pode ser uma página de acesso à rede Wi-Fi). Tente mais tarde.',
  'enroll.error.storage':
    'O hub aceitou o registo, mas não foi possível guardá-lo neste dispositivo: o armazenamento está cheio ou bloqueado. Liberte espaço e peça um código novo ao coordenador, porque este já foi usado.',

  'mediator.problem.name-missing': 'Escreva o nome do mediador.',
  'mediator.problem.name-too-long': 'O nome é demasiado longo (até 60 caracteres). Abrevie-o.',
  'mediator.problem.name-taken':
    'Já existe um mediador com este nome neste dispositivo. Acrescente um apelido para os distinguir.',
  'mediator.problem.passphrase-too-short': 'A frase-passe tem de ter pelo menos 8 caracteres.',
  'mediator.problem.pin-not-six-digits': 'O PIN tem de ter exatamente 6 algarismos.',
  'mediator.problem.pin-not-allowed':
    'Este espaço não permite PIN. Escolha uma frase-passe de pelo menos 8 caracteres.',

  'unlock.unknown-mediator': 'Este mediador já não existe neste dispositivo. Crie-o de novo.',
  'unlock.wrong-secret': 'A frase-passe ou o PIN não está certo.',
  'unlock.wait.seconds': 'Tente de novo daqui a {seconds} s.',
  'unlock.wait.minutes': 'Tente de novo daqui a {minutes} min.',
  'unlock.warning.one': 'Atenção: mais {count} tentativa errada apaga os rascunhos deste mediador.',
  'unlock.warning.other': 'Atenção: mais {count} tentativas erradas apagam os rascunhos deste mediador.',
  'unlock.destroyed':
    'Houve 10 tentativas erradas: os rascunhos deste mediador foram apagados e o mediador tem de ser criado de novo. Os pedidos concluídos não se perderam e seguem para o hub.',
  'unlock.superseded':
    'Entretanto, a sessão foi bloqueada ou aberta por outro mediador. Escreva de novo o seu segredo.',

  'lock.reason.start': 'Escolha o seu nome e escreva a sua frase-passe ou PIN.',
  'lock.reason.idle': 'O Balcão foi bloqueado por estar parado. Escreva a sua frase-passe ou PIN para continuar.',
  'lock.reason.hidden':
    'O Balcão foi bloqueado porque a janela esteve escondida. Escreva a sua frase-passe ou PIN para continuar.',
  'lock.reason.button': 'Balcão bloqueado.',
  'lock.reason.switch': 'Escolha o mediador e escreva a frase-passe ou o PIN.',
  'lock.reason.revoked': 'Este dispositivo foi desativado.',

  'device.revoked.title': 'Este dispositivo tem de ser registado de novo',
  'device.revoked':
    'Um coordenador desativou este dispositivo e os dados que nele estavam foram apagados. Para voltar a usá-lo, peça um código de registo novo ao coordenador.',
};

const en: Messages = {
  'enroll.error.enroll-code-unknown':
    'This enrollment code does not exist. Check it with your coordinator: letters and digits, dashes do not matter.',
  'enroll.error.enroll-code-expired':
    'This enrollment code has expired (each code is valid for 24 hours). Ask your coordinator for a new code.',
  'enroll.error.enroll-code-used':
    'This enrollment code has already been used. Each code is for one device only: ask your coordinator for a new code.',
  'enroll.error.enroll-bad-key':
    'The hub refused this device’s key. Update the browser and try again; if it happens again, contact technical support.',
  'enroll.error.enroll-bad-proof':
    'The hub could not confirm that the code was typed on this device. Try again; if it happens again, contact technical support.',
  'enroll.error.enroll-bad-request': 'The enrollment request reached the hub incomplete. Try again.',
  'enroll.error.enroll-code-missing': 'Type the enrollment code your coordinator gave you.',
  'enroll.error.already-enrolled': 'This device is already enrolled.',
  'enroll.error.offline':
    'No connection to the hub. Connect the device to the network (Wi-Fi or cable) and try again. The code is still valid.',
  'enroll.error.hub-error':
    'The hub could not enroll the device or gave an unexpected answer (it may be a Wi-Fi sign-in page). Try again later.',
  'enroll.error.storage':
    'The hub accepted the enrollment, but it could not be saved on this device: storage is full or blocked. Free some space and ask your coordinator for a new code, as this one has been used.',

  'mediator.problem.name-missing': 'Type the mediator’s name.',
  'mediator.problem.name-too-long': 'The name is too long (up to 60 characters). Shorten it.',
  'mediator.problem.name-taken':
    'There is already a mediator with this name on this device. Add a surname to tell them apart.',
  'mediator.problem.passphrase-too-short': 'The passphrase must have at least 8 characters.',
  'mediator.problem.pin-not-six-digits': 'The PIN must have exactly 6 digits.',
  'mediator.problem.pin-not-allowed': 'This spot does not allow PINs. Choose a passphrase of at least 8 characters.',

  'unlock.unknown-mediator': 'This mediator no longer exists on this device. Create them again.',
  'unlock.wrong-secret': 'The passphrase or PIN is not right.',
  'unlock.wait.seconds': 'Try again in {seconds} s.',
  'unlock.wait.minutes': 'Try again in {minutes} min.',
  'unlock.warning.one': 'Warning: {count} more wrong attempt erases this mediator’s drafts.',
  'unlock.warning.other': 'Warning: {count} more wrong attempts erase this mediator’s drafts.',
  'unlock.destroyed':
    'There were 10 wrong attempts: this mediator’s drafts were erased and the mediator must be created again. Completed requests were not lost and are still sent to the hub.',
  'unlock.superseded': 'Meanwhile the session was locked or opened by another mediator. Type your secret again.',

  'lock.reason.start': 'Choose your name and type your passphrase or PIN.',
  'lock.reason.idle': 'Balcão was locked after a while without use. Type your passphrase or PIN to continue.',
  'lock.reason.hidden': 'Balcão was locked because its window was hidden. Type your passphrase or PIN to continue.',
  'lock.reason.button': 'Balcão is locked.',
  'lock.reason.switch': 'Choose the mediator and type the passphrase or PIN.',
  'lock.reason.revoked': 'This device has been deactivated.',

  'device.revoked.title': 'This device must be enrolled again',
  'device.revoked':
    'A coordinator deactivated this device and the data on it has been erased. To use it again, ask your coordinator for a new enrollment code.',
};

export const sessionMessages: { pt: Messages; en: Messages } = { pt, en };
