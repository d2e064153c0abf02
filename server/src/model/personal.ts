/**
 * The personal fields of a migrant (docs/architecture.md#personal-fields): staff only, exported
 * only when asked for, and kept out of the edit history's values (docs/privacy.md#edit-history).
 */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set(['fullName', 'email', 'phone', 'birthYear']);
