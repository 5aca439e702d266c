/** Excel's sizes: the grid every worksheet has, and what Excel on the web accepts in one range and one request. */

/** Rows of a worksheet: 1 to 1,048,576. */
export const EXCEL_ROWS = 1_048_576;
/** Columns of a worksheet: A to XFD. */
export const EXCEL_COLUMNS = 16_384;
/** Cells Excel on the web reads or writes in one range at most. */
export const EXCEL_WEB_RANGE_CELL_LIMIT = 5_000_000;
/** Bytes Excel on the web accepts in one request (one `context.sync()`). */
export const EXCEL_WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
