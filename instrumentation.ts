// Runs once when a Next.js server starts: a wrong environment variable stops the server with one clear line
// (the same check `npm start` runs before it builds anything).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnInvalidEnv } = await import("./lib/env-check");
    exitOnInvalidEnv();
  }
}
