import { looksLikeAuditData, proposeColumnRoles, type AuditDataLikelihood, type ColumnMapping } from "../../core/audit";
import type { SourcePreview } from "../session/workbookSession";

/** What the Source step shows for one sheet or table. */
export interface SourceProposal {
  likelihood: AuditDataLikelihood;
  /** 0-based index of the header row in the preview, or null when none was found. */
  headerIndex: number | null;
  /** The roles proposed for each column (the user may correct them). */
  mapping: ColumnMapping;
}

/**
 * Judges a source from its first rows: whether it looks like audit data, where its header is and the
 * role of each column. Pure and quick: it runs on a preview of at most a few dozen rows.
 */
export function sourceProposal(preview: SourcePreview): SourceProposal {
  const { grid } = preview;
  const likelihood = looksLikeAuditData(grid.values, { firstRow: grid.firstRow, firstColumn: grid.firstColumn });
  const headerIndex = likelihood.headerRow === null ? null : likelihood.headerRow - grid.firstRow;
  const mapping = headerIndex === null ? [] : proposeColumnRoles(grid.values, headerIndex, { firstColumn: grid.firstColumn });
  return { likelihood, headerIndex, mapping };
}
