import { describe, expect, it } from 'vitest';
import { accessibilityMessages } from '../../../src/i18n/accessibilityMessages.ts';
import { en, type MessageKey, pt } from '../../../src/i18n/messages.ts';

const keys = Object.keys(pt) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has every key in both languages, none of them empty', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(pt[key].trim(), `pt ${key}`).not.toBe('');
      expect(en[key].trim(), `en ${key}`).not.toBe('');
    }
  });

  it('is translated: English differs from Portuguese for nearly every key', () => {
    const same = keys.filter((key) => pt[key] === en[key]);
    // Only names and symbols read the same in both (Balcão, PT, EN, Online …).
    expect(same.length / keys.length).toBeLessThan(0.05);
    expect(same).toEqual(expect.arrayContaining(['app.name']));
  });

  it('keeps the same {placeholders} in both languages, so no value goes missing on screen', () => {
    for (const key of keys) expect(placeholders(en[key]), key).toEqual(placeholders(pt[key]));
  });

  it('spells pt-PT by the Acordo Ortográfico de 1990 (atualizar, não actualizar)', () => {
    const preAgreement =
      /\b(actualiz\w*|acção|acções|direcção|óptim\w*|recepção|efectu\w*|colecção|electrónic\w*|selecção)\b/i;
    for (const key of keys) expect(pt[key], key).not.toMatch(preAgreement);
    expect(pt['status.refresh']).toBe('Atualizar catálogo');
  });

  it('has the same accessibility statement in both languages', () => {
    const { pt: statementPt, en: statementEn } = accessibilityMessages;
    expect(Object.keys(statementEn)).toEqual(Object.keys(statementPt));
    expect(statementEn.measures).toHaveLength(statementPt.measures.length);
    expect(statementPt.standard).toContain('WCAG) 2.1, nível AA');
    expect(statementPt.intro).toContain('Decreto-Lei n.º 83/2018');
    expect(statementEn.contact).not.toBe(statementPt.contact);
  });
});
