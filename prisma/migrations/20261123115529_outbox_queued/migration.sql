-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'queued';
