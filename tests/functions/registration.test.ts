import { registeredFunctions, callRegistered } from "../support/registered";

describe("functions registered through CustomFunctions.associate", () => {
  const registry = registeredFunctions();

  it("registers NETFINANCING as SUM(issued)-SUM(repaid), ignoring text and blanks", () => {
    const issued = [[607], ["text"], [null], [228.5]];
    const repaid = [[584.3], [true]];
    expect(callRegistered(registry, "NETFINANCING", issued, repaid)).toBeCloseTo(607 + 228.5 - 584.3, 10);
  });

  it("returns #DIV/0! from DEBTRATIO when the assets sum to 0", () => {
    const error = callRegistered(registry, "DEBTRATIO", [[1]], [[0], ["x"]]) as CustomFunctions.Error;
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    expect(error.code).toBe("#DIV/0!");
  });
});
