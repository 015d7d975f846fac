-- Each response keeps the side and tier its participant had in that wave; existing responses take their
-- participant's (written by hand: Prisma's generated ALTER added required columns with no value for existing rows).
-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "side" TEXT,
ADD COLUMN     "tier" TEXT;

UPDATE "Response" r SET "side" = p."side", "tier" = p."tier" FROM "Participant" p WHERE p."id" = r."participantId";

ALTER TABLE "Response" ALTER COLUMN "side" SET NOT NULL,
ALTER COLUMN "tier" SET NOT NULL;
