import type { Prisma } from "../generated/prisma/client";

// The catalogue's revision: one stored counter that every change to the benchmark library or to a questionnaire
// version increments in the same transaction. Each app instance caches what it read together with the revision it
// read it at (lib/catalogue/load.ts) and reads again when the stored revision differs, so an admin's change on one
// instance reaches every instance sharing the database at their next request.

type Tx = Pick<Prisma.TransactionClient, "catalogueRevision">;

/** Increments the stored revision; call inside the transaction that changes the library or a version. */
export async function bumpCatalogueRevision(tx: Tx): Promise<void> {
  await tx.catalogueRevision.upsert({ where: { id: 1 }, create: { id: 1, revision: 1 }, update: { revision: { increment: 1 } } });
}
