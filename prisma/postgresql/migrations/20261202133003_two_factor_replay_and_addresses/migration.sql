-- AlterTable
ALTER TABLE "TwoFactor" ADD COLUMN     "lastTotpStep" INTEGER;

-- CreateTable
CREATE TABLE "TwoFactorAddress" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TwoFactorAddress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TwoFactorAddress_userId_address_key" ON "TwoFactorAddress"("userId", "address");

-- AddForeignKey
ALTER TABLE "TwoFactorAddress" ADD CONSTRAINT "TwoFactorAddress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
