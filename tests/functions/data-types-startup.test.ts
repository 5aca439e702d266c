/**
 * The start-up order of data types: the functions are associated at once, before Office is ready; calls made
 * before Office answers return plain numbers; Office's answer (ExcelApi 1.16, asked once) decides every call after
 * it; an Excel without data types, one whose answer cannot be read, and no Office at all leave the results plain.
 */
import { DECLARATIONS } from "../../src/functions/declarations";
import { callRegistered, registeredFunctions } from "../support/registered";

const VALUES = [[702.39], [262.96], [220.11], [181.43], [151.96]];

/** An Office that is not ready until the test says so, and counts the questions it is asked. */
function officeNotReadyYet(supported: () => boolean) {
  const waiting: (() => void)[] = [];
  const asked: [string, string | undefined][] = [];
  return {
    asked,
    ready: () => waiting.splice(0).forEach((callback) => callback()),
    onReady: (callback: () => void) => {
      waiting.push(callback);
      return new Promise(() => undefined);
    },
    context: {
      requirements: {
        isSetSupported: (set: string, version?: string) => {
          asked.push([set, version]);
          return supported();
        },
      },
    },
  };
}

it("associates every function before Office is ready, and those early calls return plain numbers", () => {
  const office = officeNotReadyYet(() => true);
  const registry = registeredFunctions({ office });
  expect([...registry.keys()].sort()).toEqual(Object.keys(DECLARATIONS).sort());
  const early = callRegistered(registry, "TOP5SHARE", VALUES, 1);
  expect(typeof early).toBe("number");
  expect(callRegistered(registry, "PROFILE", "浙商资产")).toBe("浙商资产");
  expect(office.asked).toEqual([]);

  office.ready();
  expect(callRegistered(registry, "TOP5SHARE", VALUES, 1)).toEqual({
    type: "Double",
    basicValue: early,
    numberFormat: "0.00%",
  });
  expect(callRegistered(registry, "PROFILE", "浙商资产")).toMatchObject({ type: "Entity", text: "浙商资产" });
});

it("asks Office once, for ExcelApi 1.16, and never again however many calls follow", () => {
  const office = officeNotReadyYet(() => true);
  const registry = registeredFunctions({ office });
  office.ready();
  for (let i = 0; i < 100; i++) callRegistered(registry, "HHI", VALUES);
  expect(office.asked).toEqual([["ExcelApi", "1.16"]]);
});

it("keeps results plain in an Excel without data types", () => {
  const office = officeNotReadyYet(() => false);
  const registry = registeredFunctions({ office });
  office.ready();
  expect(typeof callRegistered(registry, "TOP5SHARE", VALUES, 1)).toBe("number");
  expect(callRegistered(registry, "PROFILE", "浙商资产")).toBe("浙商资产");
});

it("keeps results plain where Office's answer cannot be read", () => {
  const office = officeNotReadyYet(() => {
    throw new Error("requirements are not available");
  });
  const registry = registeredFunctions({ office });
  office.ready();
  expect(typeof callRegistered(registry, "HHI", VALUES)).toBe("number");
});

it("loads and keeps results plain without an Office global, or with one that has no onReady", () => {
  expect(typeof callRegistered(registeredFunctions(), "HHI", VALUES)).toBe("number");
  const registry = registeredFunctions({ office: { context: {} } });
  expect(registry.size).toBe(Object.keys(DECLARATIONS).length);
  expect(typeof callRegistered(registry, "HHI", VALUES)).toBe("number");
});
