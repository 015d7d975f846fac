-- CreateTable
CREATE TABLE "WaveScore" (
    "waveId" TEXT NOT NULL PRIMARY KEY,
    "catalogueRevision" INTEGER NOT NULL,
    "scoringModel" TEXT NOT NULL,
    "team" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WaveScore_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
