// The accessibility statement (Decreto-Lei 83/2018, art. 7.º), loaded with its page only.
import type { Locale } from './locale.ts';

export interface AccessibilityStatementText {
  title: string;
  intro: string;
  standard: string;
  status: string;
  measuresHeading: string;
  measures: string[];
  limitsHeading: string;
  limits: string[];
  contactHeading: string;
  contact: string;
  complaint: string;
}

export const accessibilityMessages: Record<Locale, AccessibilityStatementText> = {
  pt: {
    title: 'Declaração de acessibilidade',
    intro:
      'O Balcão é a aplicação dos mediadores dos Espaços Cidadão. Queremos que possa ser usada por todas as pessoas, incluindo pessoas com deficiência e pessoas idosas, em cumprimento do Decreto-Lei n.º 83/2018, de 19 de outubro.',
    standard:
      'O objetivo é a conformidade com as Diretrizes de Acessibilidade para o Conteúdo da Web (WCAG) 2.1, nível AA.',
    status:
      'Estado de conformidade: parcialmente conforme. A aplicação está em desenvolvimento e ainda não teve uma avaliação externa.',
    measuresHeading: 'O que já fizemos',
    measures: [
      'Texto com pelo menos 16 píxeis, que pode ser ampliado até 200 % sem perder conteúdo.',
      'Contraste entre o texto e o fundo de pelo menos 4,5 para 1.',
      'Botões e ligações com uma área de toque de pelo menos 44 por 44 píxeis.',
      'Tudo se usa com o teclado, com o foco sempre visível; ligações sublinhadas, não apenas coloridas.',
      'Páginas com títulos, regiões e mensagens anunciadas aos leitores de ecrã.',
      'Funciona sem rede, com o catálogo guardado no dispositivo.',
    ],
    limitsHeading: 'O que ainda falta',
    limits: [
      'Alguns textos do catálogo vêm das entidades e podem ainda não estar em linguagem clara.',
      'O ecrã do cidadão, com letra grande, chega numa versão próxima.',
    ],
    contactHeading: 'Contacto',
    contact:
      'Se encontrar uma barreira de acessibilidade, diga-o à coordenação do seu Espaço Cidadão, que a faz chegar à equipa do Balcão. Respondemos no prazo de 10 dias úteis.',
    complaint:
      'Se a resposta não for satisfatória, pode apresentar reclamação no Livro de Reclamações ou junto da Agência para a Reforma Tecnológica do Estado (ARTE).',
  },
  en: {
    title: 'Accessibility statement',
    intro:
      'Balcão is the application of the mediators of the Citizen Spots. We want everyone to be able to use it, including people with disabilities and older people, as required by Decree-Law 83/2018 of 19 October.',
    standard: 'The target is conformance with the Web Content Accessibility Guidelines (WCAG) 2.1, level AA.',
    status:
      'Conformance status: partially conformant. The application is in development and has not yet had an external evaluation.',
    measuresHeading: 'What we have done',
    measures: [
      'Text of at least 16 pixels, which can be zoomed to 200 % without losing content.',
      'Contrast between text and background of at least 4.5 to 1.',
      'Buttons and links with a touch area of at least 44 by 44 pixels.',
      'Everything works with the keyboard, with the focus always visible; links are underlined, not only coloured.',
      'Pages have headings, landmarks and messages announced to screen readers.',
      'It works with no network, with the catalog saved on the device.',
    ],
    limitsHeading: 'What is still missing',
    limits: [
      'Some catalog texts come from the entities and may not be in plain language yet.',
      'The citizen’s screen, in large type, comes in a later version.',
    ],
    contactHeading: 'Contact',
    contact:
      'If you find an accessibility barrier, tell the coordination of your Citizen Spot, who will pass it on to the Balcão team. We answer within 10 working days.',
    complaint:
      'If the answer is not satisfactory, you may file a complaint in the Complaints Book (Livro de Reclamações) or with the Agency for the Technological Reform of the State (ARTE).',
  },
};
