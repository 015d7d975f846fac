-- AlterTable
ALTER TABLE "TwoFactor" ADD COLUMN "lastTotpStep" INTEGER;

-- CreateTable
CREATE TABLE "TwoFactorAddress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "lastUsedAt" DATETIME NOT NULL,
    CONSTRAINT "TwoFactorAddress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "TwoFactorAddress_userId_address_key" ON "TwoFactorAddress"("userId", "address");
