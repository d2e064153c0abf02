import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LOCALES, en } from './dictionary.js';
import {
  countryLabel,
  isolateLatin,
  kindName,
  pickLocale,
  relationshipName,
  textDirection,
  translate,
} from './translate.js';

describe('i18n', () => {
  it('picks the first browser language the explorer speaks', () => {
    expect(pickLocale(['it-IT', 'en'])).toBe('it');
    expect(pickLocale(['de-DE', 'fr-CA', 'it'])).toBe('fr');
    expect(pickLocale(['ar-MA'])).toBe('ar');
    expect(pickLocale(['de-DE'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'explore.summary', { nodes: 3, edges: 2 })).toBe('3 nodes, 2 ties on the canvas');
    expect(translate('it', 'paths.hops', { hops: 4 })).toBe('Al massimo 4 legami');
    expect(translate('fr', 'paths.hops')).toBe('Au plus {hops} liens');
  });
  it('gives every key in every language, with the same placeholders', () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    for (const locale of LOCALES) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const message = DICTIONARIES[locale][key];
        const source = en[key];
        expect(message, `${locale} ${key}`).toBeTruthy();
        if (typeof message === 'string' || typeof source === 'string') {
          expect(typeof message, `${locale} ${key}`).toBe(typeof source);
          expect(names(message as string), `${locale} ${key}`).toEqual(names(source as string));
        } else {
          // A plural form may say the number in words ("رابط واحد"), never a placeholder English lacks.
          expect(names(message.other), `${locale} ${key}`).toEqual(names(source.other));
          for (const form of Object.values(message))
            for (const name of names(form)) expect(names(source.other), `${locale} ${key}`).toContain(name);
        }
      }
    }
  });
  it('names kinds and countries', () => {
    expect(kindName('it', 'ReturnProject')).toBe('Progetto di ritorno');
    expect(kindName('fr', 'PublicAdministration')).toBe('Administration publique');
    expect(kindName('en', 'Spaceship')).toBe('Spaceship');
    expect(countryLabel('fr', 'MA')).toBe('Maroc');
    expect(countryLabel('en', null)).toBe('');
  });
  it('names relationship types in every language, unknown types as they come', () => {
    expect(relationshipName('en', 'PARTNERS_WITH')).toBe('partners with');
    expect(relationshipName('it', 'MEMBER_OF')).toBe('membro di');
    expect(relationshipName('fr', 'FUNDS')).toBe('finance');
    expect(relationshipName('ar', 'FUNDS')).toBe('يموّل');
    expect(relationshipName('ar', 'KNOWS')).toBe('KNOWS');
  });
  it('writes Arabic right to left and the others left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    for (const locale of LOCALES.filter((l) => l !== 'ar')) expect(textDirection(locale)).toBe('ltr');
    expect(translate('ar', 'directory.count', { from: 1, to: 25, total: 140 })).toBe('1–25 من أصل 140');
  });
});

describe('bidi isolation in right-to-left sentences', () => {
  it('isolates every Latin name put into an Arabic sentence, and nothing in the other languages', () => {
    const names = ['CERFE', 'IOM Italy', 'Fondazione Hassan II (Roma)', 'Émile, S.p.A.', 'a.b.'];
    for (const name of names) {
      expect(translate('ar', 'paths.picked', { name })).toContain(`\u2068${name}\u2069`);
      for (const locale of LOCALES.filter((l) => l !== 'ar'))
        expect(translate(locale, 'paths.picked', { name })).not.toMatch(/[\u2068\u2069]/);
    }
  });
  it('leaves numbers, Arabic names and sentences already made as they are', () => {
    expect(isolateLatin('2009')).toBe('2009');
    expect(isolateLatin('جمعية الأمل')).toBe('جمعية الأمل');
    expect(isolateLatin('\u2068CERFE\u2069 عضو في')).toBe('\u2068CERFE\u2069 عضو في');
    expect(isolateLatin('\u2068CERFE\u2069')).toBe('\u2068CERFE\u2069');
  });
});
