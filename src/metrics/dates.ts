/**
 * Excel dates: serial numbers (days since 1900-01-00, with Excel's fictitious 1900-02-29 as serial 60), ISO text
 * dates read as serials, and the year of a serial as Excel's YEAR() gives it.
 */
import { normalizedText } from "../data/query/text";
import { isBlank, type Cell } from "./ranges";

const MS_PER_DAY = 86_400_000;
/** Serials from 61 (1900-03-01) on count days from 1899-12-30; before that Excel's epoch is one day later. */
const EPOCH_FROM_MARCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_MARCH_1900 = Date.UTC(1899, 11, 31);
const FIRST_SERIAL_AFTER_LEAP_BUG = 61;
const FICTITIOUS_LEAP_DAY = 60;
/** 9999-12-31, the last date Excel has. */
const MAX_DATE_SERIAL = 2_958_465;

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** The serial number of an ISO text date (`2025-11-30`, also `2025/11/30`); undefined when it is not one. */
export function isoDateSerial(text: string): number | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return undefined;
  if (year === 1900 && month === 2 && day === 29) return FICTITIOUS_LEAP_DAY;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return undefined;
  const epoch = time < Date.UTC(1900, 2, 1) ? EPOCH_BEFORE_MARCH_1900 : EPOCH_FROM_MARCH_1900;
  return Math.round((time - epoch) / MS_PER_DAY);
}

/** A cell of a date range: a serial number as it is, or an ISO text date; undefined for anything else. */
export function dateSerialOf(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === "string" && !isBlank(cell)) return isoDateSerial(cell) ?? isoDateSerialOfTyped(cell);
  return undefined;
}

/** An ISO date typed with full-width digits or an invisible character, read in its normal form. */
function isoDateSerialOfTyped(text: string): number | undefined {
  return /[\u0080-\uffff]/.test(text) ? isoDateSerial(normalizedText(text)) : undefined;
}

/** Whether a serial is a date Excel can show (1900-01-00 up to 9999-12-31). */
function isDateSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= 0 && serial < MAX_DATE_SERIAL + 1;
}

/** YEAR(serial) as Excel computes it; undefined where YEAR returns #NUM! (negative, after 9999). */
export function yearOfSerial(serial: number): number | undefined {
  if (!isDateSerial(serial)) return undefined;
  const day = Math.floor(serial);
  if (day < FIRST_SERIAL_AFTER_LEAP_BUG) return 1900;
  return new Date(EPOCH_FROM_MARCH_1900 + day * MS_PER_DAY).getUTCFullYear();
}

/** The ISO date of a serial number (the day part), as Excel would show it in yyyy-mm-dd; undefined if none. */
export function isoDateOfSerial(serial: number): string | undefined {
  if (!isDateSerial(serial) || serial < FIRST_SERIAL_AFTER_LEAP_BUG) return undefined;
  return new Date(EPOCH_FROM_MARCH_1900 + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}
