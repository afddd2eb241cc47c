import { describe, expect, it } from 'vitest';
import { lockoutPolicy } from '../../../../src/core/session/lockoutPolicy.ts';
import { type SessionMessageKey, sessionMessages } from '../../../../src/features/session/sessionMessages.ts';
import { unlockMessages } from '../../../../src/features/session/unlockMessages.ts';
import { en as appEn, pt as appPt } from '../../../../src/i18n/messages.ts';

const { pt, en } = sessionMessages;
const keys = Object.keys(pt) as SessionMessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('sessionMessages', () => {
  it('has every key in both languages, translated, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(pt[key].trim(), key).not.toBe('');
      expect(en[key], key).not.toBe(pt[key]);
      expect(placeholders(en[key]), key).toEqual(placeholders(pt[key]));
    }
  });

  it('is merged into the app’s messages, none of them overwritten', () => {
    for (const key of keys) {
      expect(appPt[key], key).toBe(pt[key]);
      expect(appEn[key], key).toBe(en[key]);
    }
  });

  it('spells pt-PT by the Acordo Ortográfico de 1990', () => {
    for (const key of keys) expect(pt[key], key).not.toMatch(/\b(actualiz\w*|acção|activ\w*|desactiv\w*|óptim\w*)\b/i);
  });
});

describe('unlockMessages', () => {
  const say = (outcome: Parameters<typeof unlockMessages>[0]) =>
    unlockMessages(outcome).map(({ key, params }) =>
      pt[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name])),
    );

  it('says how long to wait, and warns two tries before the drafts go', () => {
    expect(say({ ok: false, reason: 'wrong-secret', retryInMs: 0, lockout: lockoutPolicy(2) })).toEqual([
      'A frase-passe ou o PIN não está certo.',
    ]);
    expect(say({ ok: false, reason: 'wrong-secret', retryInMs: 15_000, lockout: lockoutPolicy(6) })).toEqual([
      'A frase-passe ou o PIN não está certo.',
      'Tente de novo daqui a 15 s.',
    ]);
    expect(say({ ok: false, reason: 'wait', retryInMs: 4_100, lockout: lockoutPolicy(5) })).toEqual([
      'Tente de novo daqui a 5 s.',
    ]);
    expect(say({ ok: false, reason: 'wrong-secret', retryInMs: 135_000, lockout: lockoutPolicy(8) })).toEqual([
      'A frase-passe ou o PIN não está certo.',
      'Tente de novo daqui a 3 min.',
      'Atenção: mais 2 tentativas erradas apagam os rascunhos deste mediador.',
    ]);
    expect(say({ ok: false, reason: 'wrong-secret', retryInMs: 300_000, lockout: lockoutPolicy(9) })[2]).toBe(
      'Atenção: mais 1 tentativa errada apaga os rascunhos deste mediador.',
    );
  });

  it('says the drafts were destroyed, and that completed requests still go', () => {
    const [text] = say({ ok: false, reason: 'destroyed', lockout: lockoutPolicy(10) });
    expect(text).toContain('rascunhos deste mediador foram apagados');
    expect(text).toContain('pedidos concluídos não se perderam');
  });
});
