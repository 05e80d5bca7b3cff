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
  /** Rows per block: the reference's advice is to start between 5,000 and 20,000. */
  rowsPerBlock: 20_000,
  /** Rows read with the sizes, to measure how many bytes a row of this data takes. */
  sampleRows: 500,
  /** Estimated rows are multiplied by this to allow for rows longer than the sample's average. */
  rowSizeSafetyFactor: 1.5,
} as const;
