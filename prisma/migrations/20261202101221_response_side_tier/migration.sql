-- Each response keeps the side and tier its participant had in that wave; existing responses take their
-- participant's (edited by hand: Prisma's generated copy had no value for the new required columns).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "waveId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenExpiresAt" DATETIME,
    "tokenRevokedAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'invited',
    "consentAt" DATETIME,
    "consentShowName" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" DATETIME,
    "submittedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Response_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Response_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Response" ("consentAt", "consentShowName", "createdAt", "id", "participantId", "side", "tier", "startedAt", "status", "submittedAt", "tokenExpiresAt", "tokenHash", "tokenRevokedAt", "updatedAt", "waveId") SELECT r."consentAt", r."consentShowName", r."createdAt", r."id", r."participantId", p."side", p."tier", r."startedAt", r."status", r."submittedAt", r."tokenExpiresAt", r."tokenHash", r."tokenRevokedAt", r."updatedAt", r."waveId" FROM "Response" r JOIN "Participant" p ON p."id" = r."participantId";
DROP TABLE "Response";
ALTER TABLE "new_Response" RENAME TO "Response";
CREATE UNIQUE INDEX "Response_tokenHash_key" ON "Response"("tokenHash");
CREATE INDEX "Response_waveId_status_idx" ON "Response"("waveId", "status");
CREATE UNIQUE INDEX "Response_waveId_participantId_key" ON "Response"("waveId", "participantId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
