// Demo accounts for a fresh installation: one facilitator and one admin, created only when absent. Their
// passwords are printed by `npm start`; change them (Account and security) on any shared installation.
// The admin has no two-factor yet: the first sign-in leads straight to enrolment.
import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { Db } from "../lib/db/create-db";
import type { Role } from "../lib/domain";

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
  userId: string;
}

export const DEMO_USERS: { role: Role; name: string; email: string; password: string }[] = [
  { role: "facilitator", name: "Demo Facilitator", email: "facilitator@bridge.example", password: "Facilitate-Bridge-2026" },
  { role: "admin", name: "Demo Admin", email: "admin@bridge.example", password: "Administer-Bridge-2026" },
];

/**
 * Creates each demo user that does not exist yet (user + credential account, the shape better-auth signs in
 * with: providerId "credential", accountId = user id). Returns the logins that work: the ones just created and
 * existing ones whose password is still the demo password.
 */
export async function seedDemoUsers(db: Db): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  for (const demo of DEMO_USERS) {
    const existing = await db.user.findUnique({
      where: { email: demo.email },
      include: { accounts: { where: { providerId: "credential" } } },
    });
    if (existing) {
      const hash = existing.accounts[0]?.password;
      if (hash && (await verifyPassword({ hash, password: demo.password }))) {
        logins.push({ role: demo.role, email: demo.email, password: demo.password, userId: existing.id });
      }
      continue;
    }
    const password = await hashPassword(demo.password);
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { name: demo.name, email: demo.email, role: demo.role, emailVerified: true } });
      await tx.account.create({ data: { userId: created.id, providerId: "credential", accountId: created.id, password } });
      return created;
    });
    logins.push({ role: demo.role, email: demo.email, password: demo.password, userId: user.id });
  }
  return logins;
}
