-- AlterTable
ALTER TABLE "Wave" ADD COLUMN     "planSharedAt" TIMESTAMP(3),
ADD COLUMN     "summarySharedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "WorkshopOutcome" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "position" TEXT,
    "notes" TEXT,
    "votes" JSONB,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkshopOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "imperative" TEXT NOT NULL,
    "itemKeys" JSONB NOT NULL,
    "ownerParticipantId" TEXT,
    "ownerName" TEXT,
    "dueDate" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'planned',
    "priority" TEXT NOT NULL DEFAULT 'medium',
    "checklist" JSONB NOT NULL,
    "visibleToParticipants" BOOLEAN NOT NULL DEFAULT false,
    "origin" JSONB,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopOutcome_waveId_itemKey_key" ON "WorkshopOutcome"("waveId", "itemKey");

-- CreateIndex
CREATE INDEX "PlanAction_assessmentId_idx" ON "PlanAction"("assessmentId");

-- CreateIndex
CREATE INDEX "PlanAction_waveId_idx" ON "PlanAction"("waveId");

-- AddForeignKey
ALTER TABLE "WorkshopOutcome" ADD CONSTRAINT "WorkshopOutcome_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_ownerParticipantId_fkey" FOREIGN KEY ("ownerParticipantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
