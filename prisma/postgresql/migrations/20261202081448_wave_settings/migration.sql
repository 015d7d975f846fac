-- Each wave gets its own questionnaire version, quorum and benchmark sources; existing waves take their
-- assessment's (edited by hand: Prisma's generated ALTER added a required column with no value for existing rows).
-- AlterTable
ALTER TABLE "Wave" ADD COLUMN     "questionnaireVersionId" TEXT,
ADD COLUMN     "quorumIt" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "quorumMarketing" INTEGER NOT NULL DEFAULT 1;

UPDATE "Wave" w SET "questionnaireVersionId" = a."questionnaireVersionId", "quorumMarketing" = a."quorumMarketing", "quorumIt" = a."quorumIt"
FROM "Assessment" a WHERE a."id" = w."assessmentId";

ALTER TABLE "Wave" ALTER COLUMN "questionnaireVersionId" SET NOT NULL;

-- CreateTable
CREATE TABLE "WaveBenchmarkSource" (
    "waveId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "WaveBenchmarkSource_pkey" PRIMARY KEY ("waveId","sourceId")
);

INSERT INTO "WaveBenchmarkSource" ("waveId", "sourceId")
SELECT w."id", s."sourceId" FROM "Wave" w JOIN "AssessmentBenchmarkSource" s ON s."assessmentId" = w."assessmentId";

-- AddForeignKey
ALTER TABLE "Wave" ADD CONSTRAINT "Wave_questionnaireVersionId_fkey" FOREIGN KEY ("questionnaireVersionId") REFERENCES "QuestionnaireVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveBenchmarkSource" ADD CONSTRAINT "WaveBenchmarkSource_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveBenchmarkSource" ADD CONSTRAINT "WaveBenchmarkSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "BenchmarkSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
