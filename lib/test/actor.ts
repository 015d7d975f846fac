// Tests only: a facilitator account in the test database, as the actor the data functions take.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/create-db";

export async function facilitatorActor(db: Db, name: string): Promise<Actor> {
  const u = await db.user.create({ data: { name, email: `${name.toLowerCase().replace(/\s+/g, "-")}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test` } });
  return { id: u.id, email: u.email, name: u.name, role: "facilitator", twoFactorEnabled: false };
}
