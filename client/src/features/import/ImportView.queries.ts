import { graphql } from '../../gql/index.js';

/** A dry run or an import of one file (staff and admin); problems come back as data. */
export const ImportRecordsMutation = graphql(/* GraphQL */ `
  mutation ImportRecords(
    $kind: String
    $format: ImportFormat!
    $content: String!
    $dryRun: Boolean
    $mapping: [ColumnMapping!]
  ) {
    importRecords(kind: $kind, format: $format, content: $content, dryRun: $dryRun, mapping: $mapping) {
      kind
      dryRun
      applied
      records
      created
      updated
      unchanged
      errorCount
      errors {
        row
        record
        section
        column
        columnIndex
        code
        message
      }
      warnings {
        row
        record
        column
        message
      }
      changes {
        row
        record
        section
        action
        key
        fields
      }
    }
  }
`);
