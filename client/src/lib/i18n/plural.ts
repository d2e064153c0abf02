/**
 * Plural messages: one text per plural category of the language, chosen by `Intl.PluralRules`
 * from the message's `{count}` (English and Italian have one and other; French counts 0 and 1 as
 * one; Arabic has zero, one, two, few, many and other). A category a language does not give falls
 * back to `other`. See docs/architecture.md#the-explorer.
 */
export type PluralCategory = Intl.LDMLPluralRule;

export type Plural = { readonly other: string } & { readonly [C in Exclude<PluralCategory, 'other'>]?: string };

const rules = new Map<string, Intl.PluralRules>();

/** The category of a number in a language (`ar`, 3 → `few`). */
export function pluralCategory(locale: string, count: number): PluralCategory {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(count);
}

/** The text of a plural message for a count. */
export function selectPlural(locale: string, message: Plural, count: number): string {
  return message[pluralCategory(locale, count)] ?? message.other;
}
