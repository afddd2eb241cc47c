// Strings of this part of the attendance, in pt-PT (Acordo Ortográfico de 1990) and English; merged into
// src/i18n/messages.ts, so t() reads them and the same checks cover them. `en` is typed on `pt`'s keys.
// The attachment problems are typed on ImageProblem, so a new problem without words does not compile.
import type { ImageProblem } from '../../../core/images/ImageShrinkError.ts';

type Messages = Record<`form.attachment.problem.${ImageProblem}`, string> & Record<`form.${string}`, string>;

const pt = {
  'form.step.errorTitle': 'Corrija o seguinte para continuar',
  'form.field.yes': 'Sim',
  'form.field.no': 'Não',
  'form.field.chooseOption': 'Escolha uma opção',
  'form.field.noAnswer': 'Sem resposta',
  'form.field.format.nif': 'Formato: 9 algarismos.',
  'form.field.format.niss': 'Formato: 11 algarismos.',
  'form.field.format.postalCode': 'Formato: 0000-000.',
  'form.field.format.phone': 'Formato: 9 algarismos; o indicativo +351 é opcional.',
  'form.field.format.email': 'Formato: nome@exemplo.pt.',
  'form.field.format.iban': 'Formato: PT50 seguido de 21 algarismos; os espaços não contam.',
  'form.field.format.citizenCard': 'Formato: 00000000 0 ZZ0, como está no cartão.',
  'form.field.format.otherDocument': 'Tal como está impresso no documento: letras e algarismos.',
  'form.attachment.hint':
    'Uma fotografia ou digitalização (JPEG, PNG, WebP ou HEIC), até 40 MB. A imagem é reduzida e cifrada antes de ficar guardada.',
  'form.attachment.choose': 'Escolher imagem',
  'form.attachment.camera': 'Tirar fotografia',
  'form.attachment.shrinking': 'A reduzir a imagem…',
  'form.attachment.encrypting': 'A cifrar e guardar a imagem…',
  'form.attachment.shrinkingOf': 'A reduzir a imagem {index} de {count}…',
  'form.attachment.encryptingOf': 'A cifrar e guardar a imagem {index} de {count}…',
  'form.attachment.added.one': 'Imagem guardada.',
  'form.attachment.added.other': '{count} imagens guardadas.',
  'form.attachment.removed': 'Imagem removida.',
  'form.attachment.stored': 'Imagens guardadas',
  'form.attachment.item': 'Imagem {number}',
  'form.attachment.missing': 'não está guardada neste dispositivo: remova-a e junte-a de novo.',
  'form.attachment.remove': 'Remover a imagem {number}',
  'form.attachment.none': 'Nenhuma imagem',
  'form.attachment.removeFailed':
    'Não foi possível remover a imagem: o armazenamento do dispositivo não respondeu. Tente de novo.',
  'form.attachment.addFailed':
    'Não foi possível guardar a imagem: o armazenamento do dispositivo não respondeu. Tente de novo; se voltar a acontecer, recarregue o Balcão.',
  'form.attachment.problem.too-large':
    'A imagem tem mais de 40 MB. Tire a fotografia de novo com menor resolução, ou digitalize o documento a 300 ppp ou menos.',
  'form.attachment.problem.not-an-image':
    'O ficheiro escolhido não é uma imagem. Escolha uma fotografia ou uma digitalização (JPEG, PNG, WebP ou HEIC); um PDF não serve: fotografe o documento.',
  'form.attachment.problem.unreadable':
    'Não foi possível abrir a imagem: o ficheiro está danificado ou num formato que este navegador não lê (algumas fotografias HEIC). Tire a fotografia de novo com «Tirar fotografia», ou guarde-a em JPEG e escolha-a outra vez.',
  'form.attachment.problem.failed':
    'Não foi possível reduzir a imagem: o dispositivo ficou sem memória ou o processo parou. Feche outros separadores e tente de novo.',
} as const satisfies Messages;

type Key = keyof typeof pt;

const en: Record<Key, string> = {
  'form.step.errorTitle': 'Correct the following to continue',
  'form.field.yes': 'Yes',
  'form.field.no': 'No',
  'form.field.chooseOption': 'Choose an option',
  'form.field.noAnswer': 'No answer',
  'form.field.format.nif': 'Format: 9 digits.',
  'form.field.format.niss': 'Format: 11 digits.',
  'form.field.format.postalCode': 'Format: 0000-000.',
  'form.field.format.phone': 'Format: 9 digits; the +351 prefix is optional.',
  'form.field.format.email': 'Format: name@example.pt.',
  'form.field.format.iban': 'Format: PT50 followed by 21 digits; spaces do not count.',
  'form.field.format.citizenCard': 'Format: 00000000 0 ZZ0, as printed on the card.',
  'form.field.format.otherDocument': 'As printed on the document: letters and digits.',
  'form.attachment.hint':
    'A photo or a scan (JPEG, PNG, WebP or HEIC), up to 40 MB. The image is shrunk and encrypted before it is stored.',
  'form.attachment.choose': 'Choose an image',
  'form.attachment.camera': 'Take a photo',
  'form.attachment.shrinking': 'Shrinking the image…',
  'form.attachment.encrypting': 'Encrypting and storing the image…',
  'form.attachment.shrinkingOf': 'Shrinking image {index} of {count}…',
  'form.attachment.encryptingOf': 'Encrypting and storing image {index} of {count}…',
  'form.attachment.added.one': 'Image stored.',
  'form.attachment.added.other': '{count} images stored.',
  'form.attachment.removed': 'Image removed.',
  'form.attachment.stored': 'Stored images',
  'form.attachment.item': 'Image {number}',
  'form.attachment.missing': 'is not stored on this device: remove it and add it again.',
  'form.attachment.remove': 'Remove image {number}',
  'form.attachment.none': 'No image',
  'form.attachment.removeFailed': 'The image could not be removed: the device’s storage did not answer. Try again.',
  'form.attachment.addFailed':
    'The image could not be stored: the device’s storage did not answer. Try again; if it happens again, reload Balcão.',
  'form.attachment.problem.too-large':
    'The image is larger than 40 MB. Take the photo again at a lower resolution, or scan the document at 300 dpi or less.',
  'form.attachment.problem.not-an-image':
    'The chosen file is not an image. Choose a photo or a scan (JPEG, PNG, WebP or HEIC); a PDF will not do: take a photo of the document.',
  'form.attachment.problem.unreadable':
    'The image could not be opened: the file is damaged or in a format this browser cannot read (some HEIC photos). Take the photo again with “Take a photo”, or save it as JPEG and choose it again.',
  'form.attachment.problem.failed':
    'The image could not be shrunk: the device ran out of memory or the process stopped. Close other tabs and try again.',
};

export const formMessages = { pt, en };
