import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './dictionary.js';
import { formatHop, formatReason, type HopParts, type ReasonParts } from './reasons.js';

const p = (name: string, type: string, ...values: string[]) => ({ name, type, values });
const r = (code: string, ...params: ReturnType<typeof p>[]): ReasonParts => ({ code, params });

/** The codes the API declares, each with the parameter names its English wording uses. */
function apiCodes(): Array<{ code: string; names: string[] }> {
  const sdl = readFileSync(new URL('../../../../schema/typedefs/reasons.graphql', import.meta.url), 'utf8');
  const codes = parse(sdl).definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'ReasonCode',
  )!;
  return codes.values!.map((v) => ({
    code: v.name.value,
    names: [.../`([^`]+)`/.exec(v.description!.value)![1]!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
  }));
}

describe('explanations in the interface language', () => {
  it('knows every code the API declares, in every language, and fills every parameter', () => {
    const codes = apiCodes();
    expect(codes.length).toBeGreaterThan(40);
    for (const { code, names } of codes) {
      const reason = r(code, ...names.map((n) => p(n, 'TEXT', `«${n}-value»`)));
      const texts = LOCALES.map((locale) => formatReason(locale, reason, 'ENGLISH FALLBACK'));
      for (const [i, text] of texts.entries()) {
        expect(text, `${LOCALES[i]} ${code}`).not.toBe('ENGLISH FALLBACK');
        expect(text, `${LOCALES[i]} ${code}`).not.toMatch(/\{\w+\}/);
        for (const n of names) expect(text, `${LOCALES[i]} ${code}`).toContain(`«${n}-value»`);
      }
      // Translated, not copied: French and Italian differ from English unless there are no words at all.
      if (/[a-z]{3}/.test(texts[0]!.replace(/«[^»]+»/g, ''))) {
        expect(texts[2], `fr ${code}`).not.toBe(texts[0]);
        expect(texts[1], `it ${code}`).not.toBe(texts[0]);
      }
    }
  });

  it('writes match reasons with translated services, countries and kinds, locale numbers and lists', () => {
    const needs = r(
      'MEETS_NEEDS',
      p('services', 'SERVICE', 'MENTORSHIP', 'FINANCIAL_ASSISTANCE'),
      p('met', 'NUMBER', '2'),
      p('needs', 'NUMBER', '3'),
    );
    expect(formatReason('en', needs, '')).toBe('offers mentorship, financial assistance (2 of 3 needs)');
    expect(formatReason('fr', needs, '')).toBe('propose mentorat et assistance financière (2 besoins sur 3)');
    expect(formatReason('it', needs, '')).toBe('offre mentoring e assistenza finanziaria (2 bisogni su 3)');
    expect(formatReason('ar', needs, '')).toBe('يقدّم إرشاد ومساعدة مالية (2 من أصل 3 احتياجات)');
    expect(formatReason('fr', r('IN_MIGRANT_COUNTRY', p('country', 'COUNTRY', 'IT')), '')).toBe(
      'dans le pays du migrant (Italie)',
    );
    expect(formatReason('it', r('IS_KIND', p('kind', 'NODE_KIND', 'Funder')), '')).toBe('tipo: Finanziatore');
    expect(
      formatReason(
        'fr',
        r('SKILLS_SHARED', p('skills', 'TEXT', 'soudure'), p('shared', 'NUMBER', '1'), p('required', 'NUMBER', '2')),
        '',
      ),
    ).toBe('compétences : soudure (1 sur 2 requises)');
    expect(formatReason('ar', r('SAME_COUNTRY', p('country', 'COUNTRY', 'MA')), '')).toBe('البلد نفسه (المغرب)');
    expect(
      formatReason('fr', r('WORDS_JOINED', p('a', 'TEXT', 'abd', 'rahim'), p('b', 'TEXT', 'abderrahim')), ''),
    ).toBe('les mêmes mots écrits attachés ou séparés (abd rahim / abderrahim)');
  });

  const hop: HopParts = {
    code: 'HOP',
    params: [p('from', 'TEXT', 'IOM Italy'), p('to', 'MASKED_NAME', 'masked-1'), p('type', 'TIE_TYPE', 'MEMBER_OF')],
    details: [
      r('ROLE', p('role', 'TEXT', 'tesoriere')),
      r('YEARS', p('since', 'YEAR', '2006'), p('until', 'YEAR', '2009')),
      r('SOURCE', p('source', 'TEXT', 'Mig-Ressources')),
    ],
  };

  it('writes a hop: names as they are, a masked person in the language, verbs, years, details in brackets', () => {
    expect(formatHop('en', hop, '')).toBe(
      'IOM Italy is a member of a migrant (no consent to be named) (role: tesoriere, 2006–2009, source: Mig-Ressources)',
    );
    expect(formatHop('fr', hop, '')).toBe(
      'IOM Italy est membre de un migrant (sans consentement à être nommé) (rôle : tesoriere, 2006–2009, source : Mig-Ressources)',
    );
    expect(formatHop('it', hop, '')).toBe(
      'IOM Italy è membro di un migrante (senza consenso a essere nominato) (ruolo: tesoriere, 2006–2009, fonte: Mig-Ressources)',
    );
    expect(formatHop('ar', hop, '')).toBe(
      // Latin names isolated (FSI … PDI) so the Arabic sentence keeps its punctuation in place.
      '\u2068IOM Italy\u2069 عضو في مهاجر (دون موافقة على ذكر اسمه) (الدور: \u2068tesoriere\u2069، 2006–2009، المصدر: \u2068Mig-Ressources\u2069)',
    );
    const event: HopParts = {
      code: 'HOP_MET_AT',
      params: [p('from', 'TEXT', 'CERFE'), p('to', 'TEXT', 'Rabat meeting'), p('type', 'TIE_TYPE', 'ATTENDED')],
      details: [
        r('ATTENDED_AS', p('role', 'ATTENDANCE_ROLE', 'SPEAKER')),
        r('IN_YEAR', p('year', 'YEAR', '2008')),
        r('NO_SOURCE'),
      ],
    };
    expect(formatHop('en', event, '')).toBe('CERFE met at Rabat meeting (as speaker, in 2008, no source)');
    expect(formatHop('fr', event, '')).toBe(
      'CERFE était présent à Rabat meeting (comme intervenant, en 2008, aucune source)',
    );
    const project: HopParts = {
      code: 'HOP_WORKS_ON',
      params: [p('from', 'TEXT', 'BIC'), p('to', 'TEXT', 'Agri project'), p('type', 'TIE_TYPE', 'SUPPORTS')],
      details: [
        r('DOES_IT', p('type', 'TIE_TYPE', 'SUPPORTS')),
        r('SERVICE', p('service', 'SERVICE', 'MENTORSHIP')),
        r('UNDATED'),
        r('NO_SOURCE'),
      ],
    };
    expect(formatHop('it', project, '')).toBe(
      'BIC lavora a Agri project (sostiene il progetto, servizio: mentoring, senza data, nessuna fonte)',
    );
    expect(formatHop('fr', project, '')).toBe(
      'BIC travaille sur Agri project (soutient le projet, service : mentorat, non daté, aucune source)',
    );
  });

  it('never shows the masked person’s placeholder id, in any language', () => {
    for (const locale of LOCALES) expect(formatHop(locale, hop, '')).not.toContain('masked-1');
  });

  it('falls back to the API’s English for a code it does not know, never half-translated', () => {
    expect(formatReason('fr', r('SHARES_A_BOARD_MEMBER', p('name', 'TEXT', 'X')), 'shares a board member (X)')).toBe(
      'shares a board member (X)',
    );
    const newer: HopParts = { ...hop, details: [...hop.details, r('VERIFIED_BY', p('who', 'TEXT', 'staff'))] };
    expect(formatHop('fr', newer, 'IOM Italy is a member of … (verified by staff)')).toBe(
      'IOM Italy is a member of … (verified by staff)',
    );
    expect(formatHop('ar', { ...hop, code: 'HOP_FUNDED_BY' }, 'the English sentence')).toBe('the English sentence');
    // An unknown value of a known parameter type shows as it came.
    expect(formatReason('fr', r('OFFERS_SERVICES', p('services', 'SERVICE', 'TELEPORTATION')), '')).toBe(
      'propose TELEPORTATION',
    );
    expect(
      formatReason('it', r('HOP', p('from', 'TEXT', 'A'), p('to', 'TEXT', 'B'), p('type', 'TIE_TYPE', 'KNOWS')), ''),
    ).toBe('A KNOWS B');
  });
});
