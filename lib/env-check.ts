import { EnvError, parseEnv } from "./env";

/** Node-only start-up check: one line naming the variable, then exit, instead of a stack trace. */
export function exitOnInvalidEnv() {
  try {
    parseEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}
