-- Each wave gets its own questionnaire version, quorum and benchmark sources; existing waves take their
-- assessment's (edited by hand: Prisma's generated copy had no value for the new required column).
-- CreateTable
CREATE TABLE "WaveBenchmarkSource" (
    "waveId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    PRIMARY KEY ("waveId", "sourceId"),
    CONSTRAINT "WaveBenchmarkSource_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WaveBenchmarkSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "BenchmarkSource" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

INSERT INTO "WaveBenchmarkSource" ("waveId", "sourceId") SELECT w."id", s."sourceId" FROM "Wave" w JOIN "AssessmentBenchmarkSource" s ON s."assessmentId" = w."assessmentId";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Wave" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "opensAt" DATETIME,
    "closesAt" DATETIME,
    "revealedAt" DATETIME,
    "revealedById" TEXT,
    "panelAggregatedAt" DATETIME,
    "scoringModel" TEXT,
    "summarySharedAt" DATETIME,
    "planSharedAt" DATETIME,
    "questionnaireVersionId" TEXT NOT NULL,
    "quorumMarketing" INTEGER NOT NULL DEFAULT 1,
    "quorumIt" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Wave_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Wave_questionnaireVersionId_fkey" FOREIGN KEY ("questionnaireVersionId") REFERENCES "QuestionnaireVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Wave" ("assessmentId", "closesAt", "createdAt", "id", "label", "number", "opensAt", "panelAggregatedAt", "planSharedAt", "revealedAt", "revealedById", "scoringModel", "status", "summarySharedAt", "updatedAt", "questionnaireVersionId", "quorumMarketing", "quorumIt") SELECT w."assessmentId", w."closesAt", w."createdAt", w."id", w."label", w."number", w."opensAt", w."panelAggregatedAt", w."planSharedAt", w."revealedAt", w."revealedById", w."scoringModel", w."status", w."summarySharedAt", w."updatedAt", a."questionnaireVersionId", a."quorumMarketing", a."quorumIt" FROM "Wave" w JOIN "Assessment" a ON a."id" = w."assessmentId";
DROP TABLE "Wave";
ALTER TABLE "new_Wave" RENAME TO "Wave";
CREATE INDEX "Wave_revealedAt_idx" ON "Wave"("revealedAt");
CREATE UNIQUE INDEX "Wave_assessmentId_number_key" ON "Wave"("assessmentId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
