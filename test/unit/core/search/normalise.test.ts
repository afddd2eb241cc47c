import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../src/core/search/foldText.ts';
import { normaliseTerm } from '../../../../src/core/search/normaliseTerm.ts';
import { queryTerms } from '../../../../src/core/search/queryTerms.ts';
import { tokenize } from '../../../../src/core/search/tokenize.ts';

describe('foldText', () => {
  it('drops accents and case, so an unaccented keyboard finds the same words', () => {
    expect(foldText('Condução')).toBe('conducao');
    expect(foldText('Cidadão')).toBe('cidadao');
    expect(foldText('CONDUÇÃO')).toBe('conducao');
    expect(foldText('Pré-Registo à Família')).toBe('pre-registo a familia');
  });

  it('folds text that arrives already decomposed the same as composed text', () => {
    expect(foldText('Condução'.normalize('NFD'))).toBe(foldText('Condução'.normalize('NFC')));
  });

  it('reads the ordinal indicators as letters', () => {
    expect(foldText('2ª via')).toBe('2a via');
    expect(foldText('1º registo')).toBe('1o registo');
  });
});

describe('tokenize', () => {
  it('splits on anything that is neither a letter nor a digit', () => {
    expect(tokenize('Carta de condução (revalidação) — IMT/2024')).toEqual([
      'Carta',
      'de',
      'condução',
      'revalidação',
      'IMT',
      '2024',
    ]);
    expect(tokenize('pré-registo; e-mail')).toEqual(['pré', 'registo', 'e', 'mail']);
  });

  it('keeps a Portuguese ordinal one word, with or without its dot', () => {
    expect(tokenize('2.ª via do cartão')).toEqual(['2ª', 'via', 'do', 'cartão']);
    expect(tokenize('2.a via')).toEqual(['2a', 'via']);
    expect(tokenize('versão 2.1')).toEqual(['versão', '2', '1']);
  });

  it('keeps decomposed accents inside their word', () => {
    expect(tokenize('condução'.normalize('NFD'))).toHaveLength(1);
  });

  it('finds no word in blank or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  — ; ')).toEqual([]);
  });
});

describe('normaliseTerm', () => {
  it('folds a word', () => {
    expect(normaliseTerm('Revalidação')).toBe('revalidacao');
  });

  it('drops pt and en stop words, whatever their case', () => {
    for (const word of ['de', 'Da', 'DOS', 'a', 'o', 'e', 'em', 'na', 'para', 'por', 'com']) {
      expect(normaliseTerm(word)).toBeNull();
    }
    for (const word of ['the', 'Of', 'an', 'and', 'for', 'to', 'on']) expect(normaliseTerm(word)).toBeNull();
  });

  it('keeps words that merely contain a stop word', () => {
    expect(normaliseTerm('dados')).toBe('dados');
    expect(normaliseTerm('Ontario')).toBe('ontario');
  });
});

describe('queryTerms', () => {
  it('gives the words the index compares', () => {
    expect(queryTerms('Revalidação da Carta de Condução')).toEqual(['revalidacao', 'carta', 'conducao']);
    expect(queryTerms('2.ª via do Cartão de Cidadão')).toEqual(['2a', 'via', 'cartao', 'cidadao']);
    expect(queryTerms('renewal of the driving licence')).toEqual(['renewal', 'driving', 'licence']);
  });

  it('gives nothing for a blank query or one of only stop words', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms('de da do the of')).toEqual([]);
  });
});
