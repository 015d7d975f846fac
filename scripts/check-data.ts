// `npm run check:data` (also run before every build): the catalogue and questionnaires must be consistent.
import { dataErrors } from "./lib/check-data";

const errors = dataErrors();
if (errors.length) {
  for (const error of errors) console.error(`✖ ${error}`);
  console.error(`✖ ${errors.length} problem(s) in the reference data: fix them before building`);
  process.exit(1);
}
console.log("✔ Reference data is consistent");
