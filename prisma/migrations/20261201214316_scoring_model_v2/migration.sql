-- AlterTable
ALTER TABLE "Wave" ADD COLUMN "scoringModel" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BenchmarkFigure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "population" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "valueFrom" REAL,
    "yearFrom" INTEGER,
    "yearTo" INTEGER,
    "rankOf" INTEGER,
    "n" INTEGER,
    "locatorFile" TEXT NOT NULL,
    "locatorFigure" TEXT,
    "locatorQuote" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT true,
    "variantOf" TEXT,
    "baseKind" TEXT NOT NULL DEFAULT 'full',
    "baseNote" TEXT,
    "boundLow" REAL,
    "boundHigh" REAL,
    "covers" TEXT NOT NULL DEFAULT 'executives',
    CONSTRAINT "BenchmarkFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "BenchmarkSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_BenchmarkFigure" ("id", "isDefault", "locatorFigure", "locatorFile", "locatorQuote", "n", "population", "rankOf", "sourceId", "statement", "topic", "unit", "value", "valueFrom", "variantOf", "yearFrom", "yearTo") SELECT "id", "isDefault", "locatorFigure", "locatorFile", "locatorQuote", "n", "population", "rankOf", "sourceId", "statement", "topic", "unit", "value", "valueFrom", "variantOf", "yearFrom", "yearTo" FROM "BenchmarkFigure";
DROP TABLE "BenchmarkFigure";
ALTER TABLE "new_BenchmarkFigure" RENAME TO "BenchmarkFigure";
CREATE INDEX "BenchmarkFigure_sourceId_idx" ON "BenchmarkFigure"("sourceId");
CREATE INDEX "BenchmarkFigure_topic_idx" ON "BenchmarkFigure"("topic");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
