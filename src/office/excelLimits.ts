/** Bytes in a megabyte, as Excel's documentation counts them. */
const megabyte = 1024 * 1024;

/**
 * The limits Excel enforces on a batch, and the budgets the adapter keeps under them
 * (docs: "Resource limits and performance optimization for Office Add-ins").
 */
export const EXCEL_LIMITS = {
  /** Excel on the web rejects a request or response larger than this (RequestPayloadSizeLimitExceeded). */
  payloadBytes: 5 * megabyte,
  /** What one sync may carry: a fifth below the limit, for the JSON envelope and estimate error. */
  payloadBudgetBytes: 4 * megabyte,
  /** The most cells one range read may return. */
  cellsPerRead: 5_000_000,
  /** Cells per block: well under the read limit, so one block never approaches it. */
  cellsPerBlock: 1_000_000,
  /**
   * Rows per block: the low end of the usual advice (5,000 to 20,000), so that blocks pack tightly into
   * each sync's 4 MB (a sync carries several blocks; a large block would leave half a sync unused).
   */
  rowsPerBlock: 5_000,
  /** Rows read with the sizes, to measure how many bytes a row of this data takes. */
  sampleRows: 500,
  /**
   * The sample's average row size is multiplied by this, for rows a little longer than the sample's.
   * Rows much longer than the sample (a comments column filled in later) are caught by Excel's refusal,
   * after which the batch is split and read again (see readSourceGrids).
   */
  rowSizeSafetyFactor: 1.1,
} as const;
