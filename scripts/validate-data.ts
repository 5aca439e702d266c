/** `npx tsx scripts/validate-data.ts`: validates every bundled data edition; exits non-zero on any problem. */
import { validateAllEditions } from "../src/data/validate";

const problems = validateAllEditions();
if (problems.length > 0) {
  console.error(`Data problems (${problems.length}):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("data: every dataset of every edition matches its schema and its figure references resolve");
