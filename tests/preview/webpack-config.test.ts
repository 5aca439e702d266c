/** The preview is part of development builds only: its entry and page never appear in the production config. */
import path from "path";
import { plannedOutputs } from "../../scripts/planned-outputs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.resolve(__dirname, "../../webpack.config.js"));

async function outputs(mode: "production" | "development"): Promise<Set<string>> {
  return plannedOutputs(await makeConfig({}, { mode }));
}

describe("webpack config", () => {
  it("adds the preview page and script to development builds", async () => {
    const development = await outputs("development");
    expect(development).toContain("preview.html");
    expect(development).toContain("preview.js");
  });

  it("leaves them out of production builds, which keep the add-in's own files", async () => {
    const production = await outputs("production");
    expect([...production].filter((file) => /preview/i.test(file))).toEqual([]);
    for (const file of ["taskpane.html", "functions.js", "js/taskpane.[contenthash:20].js", "functions.json"])
      expect(production).toContain(file);
  });
});
