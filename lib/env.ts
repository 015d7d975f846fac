// Environment variables, validated once with zod. A wrong value stops the app with one line naming the
// variable (see formatEnvError), never a stack trace.
import { z } from "zod";

/** The embedded database `npm start` uses when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/bridge.db";

const DEV_SECRET = "bridge-development-secret-not-for-production-use";

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .default(DEFAULT_DATABASE_URL)
      .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\/.+/.test(v), {
        message: "must start with file: (embedded SQLite) or postgresql:// (PostgreSQL)",
      }),
    BRIDGE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    BRIDGE_URL: z.url({ message: "must be an absolute http(s) URL such as http://localhost:3000" }).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default("localhost"),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/.+/, "must start with smtp:// or smtps://")
      .optional(),
    BRIDGE_SEED_DEMO: z.enum(["true", "false"]).default("true"),
    // How many reverse proxies in front of Bridge append to X-Forwarded-For (0: clients connect directly).
    BRIDGE_TRUSTED_PROXY_HOPS: z.coerce.number().int("must be a whole number").min(0).max(10).default(0),
    // PostgreSQL connections per instance (instances × this must stay under the server's max_connections).
    BRIDGE_DB_POOL_SIZE: z.coerce.number().int("must be a whole number").min(1).max(200).default(10),
  })
  .superRefine((env, ctx) => {
    // `next build` runs in production mode but serves nothing: the secret is required to run, not to build.
    const isBuild = process.env.NEXT_PHASE === "phase-production-build";
    if (env.NODE_ENV === "production" && !env.BRIDGE_SECRET && !isBuild) {
      ctx.addIssue({
        code: "custom",
        path: ["BRIDGE_SECRET"],
        message: "is required in production (npm start generates one in the data folder; set it for deployments)",
      });
    }
  });

export type Env = Omit<z.infer<typeof EnvSchema>, "BRIDGE_SECRET" | "BRIDGE_URL"> & {
  BRIDGE_SECRET: string;
  BRIDGE_URL: string;
};

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Empty strings count as unset, as they do in most .env loaders. */
function withoutEmpty(source: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(withoutEmpty(source));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? "environment");
    throw new EnvError(`Invalid environment variable ${name}: ${issue.message}`);
  }
  const env = result.data;
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST;
  return {
    ...env,
    BRIDGE_SECRET: env.BRIDGE_SECRET ?? DEV_SECRET,
    BRIDGE_URL: (env.BRIDGE_URL ?? `http://${host}:${env.PORT}`).replace(/\/$/, ""),
  };
}

let cached: Env | undefined;

/** The validated environment of this process (parsed on first use). */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** Whether the public origin (BRIDGE_URL) is https: pages then send HSTS and cookies are `__Host-` and Secure (decision 44). */
export function isHttpsOrigin(e: Env = env()): boolean {
  return e.BRIDGE_URL.startsWith("https://");
}
