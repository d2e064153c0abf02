/**
 * Minimum group size (docs/privacy.md): below staff, no answer names a group of fewer than
 * MIN_GROUP_SIZE migrants. The generated API refuses user-filtered counts of migrants
 * (graphql/restricted-schema.ts explains why); the statistics fold small corridors
 * (privacy/corridor-folding.ts) and round every count that can include a migrant to a multiple
 * of 5 (privacy/disclosure.ts), so no figure and no difference of two figures is 1 to 4.
 *
 * 5 is the usual floor of statistical offices for published frequency tables (Eurostat and ISTAT
 * use 3–10 by domain); with migrants' small communities per region, 5 keeps most corridors visible
 * while no cell points at one, two or four families. Change it here only.
 */
export const MIN_GROUP_SIZE = 5;
