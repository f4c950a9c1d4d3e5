-- CreateEnum
CREATE TYPE "ingest_kind" AS ENUM ('updates', 'releases', 'tags', 'nodes');

-- CreateEnum
CREATE TYPE "ingest_status" AS ENUM ('completed', 'rejected', 'failed');

-- CreateTable
CREATE TABLE "ingest_run" (
    "id" SERIAL NOT NULL,
    "kind" "ingest_kind" NOT NULL,
    "source" TEXT NOT NULL,
    "content_sha256" TEXT NOT NULL,
    "status" "ingest_status" NOT NULL,
    "partial" BOOLEAN NOT NULL,
    "rows_read" INTEGER NOT NULL,
    "inserted" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,
    "skipped" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "problems" JSONB NOT NULL,
    "message" TEXT,
    "changed" BOOLEAN NOT NULL,
    "catalog_version" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,

    CONSTRAINT "ingest_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kube_node" (
    "id" SERIAL NOT NULL,
    "cluster" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "arch" "arch" NOT NULL,
    "windows_build" TEXT,
    "kernel_version" TEXT NOT NULL,
    "os_image" TEXT NOT NULL,
    "build" INTEGER NOT NULL,
    "revision" INTEGER,
    "observed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kube_node_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ingest_run_started_at_idx" ON "ingest_run"("started_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "api_token_name_key" ON "api_token"("name");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "kube_node_cluster_name_key" ON "kube_node"("cluster", "name");
