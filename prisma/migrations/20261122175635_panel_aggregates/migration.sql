-- AlterTable
ALTER TABLE "Wave" ADD COLUMN "panelAggregatedAt" DATETIME;

-- CreateTable
CREATE TABLE "PanelAggregate" (
    "waveId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "revealedAt" DATETIME NOT NULL,
    "figureId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "leaderAnswered" INTEGER NOT NULL,
    "leaderAgreeing" INTEGER NOT NULL,
    "teamAnswered" INTEGER NOT NULL,
    "teamAgreeing" INTEGER NOT NULL,

    PRIMARY KEY ("waveId", "figureId", "itemKey", "side"),
    CONSTRAINT "PanelAggregate_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PanelAggregate_organizationId_idx" ON "PanelAggregate"("organizationId");

-- CreateIndex
CREATE INDEX "Wave_revealedAt_idx" ON "Wave"("revealedAt");
