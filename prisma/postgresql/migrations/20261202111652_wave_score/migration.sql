-- CreateTable
CREATE TABLE "WaveScore" (
    "waveId" TEXT NOT NULL,
    "catalogueRevision" INTEGER NOT NULL,
    "scoringModel" TEXT NOT NULL,
    "team" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WaveScore_pkey" PRIMARY KEY ("waveId")
);

-- AddForeignKey
ALTER TABLE "WaveScore" ADD CONSTRAINT "WaveScore_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;
