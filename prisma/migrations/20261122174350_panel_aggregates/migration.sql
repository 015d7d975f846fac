-- AlterTable
ALTER TABLE "Wave" ADD COLUMN "panelAggregatedAt" DATETIME;

-- CreateTable
CREATE TABLE "PanelAggregate" (
    "waveId" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "answered" INTEGER NOT NULL,
    "agreeing" INTEGER NOT NULL,

    PRIMARY KEY ("waveId", "figureId", "itemKey", "side", "tier"),
    CONSTRAINT "PanelAggregate_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PanelAggregate_figureId_idx" ON "PanelAggregate"("figureId");

-- CreateIndex
CREATE INDEX "Wave_revealedAt_idx" ON "Wave"("revealedAt");
