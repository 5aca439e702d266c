/** Excel's date serials and value coercion, where the analyst's cells meet arithmetic. */
import { arithmeticValue, numberFromText } from "../../src/metrics/coercion";
import { dateSerialOf, isoDateOfSerial, isoDateSerial, yearOfSerial } from "../../src/metrics/dates";

describe("Excel date serials", () => {
  it("reads ISO text dates as the serial Excel stores (DATE(2025,11,30) = 45991)", () => {
    expect(isoDateSerial("2025-11-30")).toBe(45991);
    expect(isoDateSerial("2025/1/1")).toBe(45658);
    expect(isoDateSerial("1900-03-01")).toBe(61);
    expect(isoDateSerial("1900-02-28")).toBe(59);
  });

  it("keeps Excel's fictitious 1900-02-29 (serial 60) and rejects dates that do not exist", () => {
    expect(isoDateSerial("1900-02-29")).toBe(60);
    expect(isoDateSerial("2025-02-29")).toBeUndefined();
    expect(isoDateSerial("2025-13-01")).toBeUndefined();
    expect(isoDateSerial("30/11/2025")).toBeUndefined();
  });

  it("gives YEAR() of a serial, fractions (times) included, and nothing where YEAR returns #NUM!", () => {
    expect(yearOfSerial(45657.99)).toBe(2024);
    expect(yearOfSerial(45658)).toBe(2025);
    expect(yearOfSerial(0)).toBe(1900);
    expect(yearOfSerial(60)).toBe(1900);
    expect(yearOfSerial(2958465)).toBe(9999);
    expect(yearOfSerial(2958466)).toBeUndefined();
    expect(yearOfSerial(-1)).toBeUndefined();
  });

  it("turns a serial back into its ISO date, and a date cell into its serial", () => {
    expect(isoDateOfSerial(45838)).toBe("2025-06-30");
    expect(dateSerialOf("2025-06-30")).toBe(45838);
    expect(dateSerialOf(45838.5)).toBe(45838.5);
    expect(dateSerialOf("n/a")).toBeUndefined();
    expect(dateSerialOf(true)).toBeUndefined();
  });
});

describe("arithmetic coercion (=cell*1)", () => {
  it("reads numeric text as VALUE() does", () => {
    expect(numberFromText(" 12.5 ")).toBe(12.5);
    expect(numberFromText("1,000")).toBe(1000);
    expect(numberFromText("5%")).toBe(0.05);
    expect(numberFromText("1e3")).toBe(1000);
    expect(numberFromText("1,00")).toBeUndefined();
    expect(numberFromText("")).toBeUndefined();
    expect(numberFromText("TRUE")).toBeUndefined();
  });

  it("takes blank as 0, TRUE as 1, and nothing else that is not a number", () => {
    expect([null, "", true, false, "6", 6].map(arithmeticValue)).toEqual([0, 0, 1, 0, 6, 6]);
    expect(arithmeticValue("abc")).toBeUndefined();
    expect(arithmeticValue(Number.NaN)).toBeUndefined();
    expect(arithmeticValue({})).toBeUndefined();
  });
});
