-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "host_kind" AS ENUM ('server', 'client');

-- CreateEnum
CREATE TYPE "update_kind" AS ENUM ('security', 'preview', 'out_of_band');

-- CreateEnum
CREATE TYPE "arch" AS ENUM ('amd64', 'arm64');

-- CreateEnum
CREATE TYPE "tag_origin" AS ENUM ('derived', 'observed');

-- CreateTable
CREATE TABLE "release" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "kind" "host_kind" NOT NULL,
    "version_code" TEXT NOT NULL,
    "build" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "ltsc_name" TEXT,
    "aliases" TEXT[],
    "ga_date" DATE NOT NULL,
    "mainstream_end" DATE,
    "extended_end" DATE,
    "base_image_tags" JSONB NOT NULL,
    "notes" TEXT,
    "sources" TEXT[],

    CONSTRAINT "release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kb_update" (
    "kb" TEXT NOT NULL,
    "build" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "release_date" DATE NOT NULL,
    "product" TEXT NOT NULL,
    "kind" "update_kind" NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "kb_update_pkey" PRIMARY KEY ("kb","build","revision")
);

-- CreateTable
CREATE TABLE "image_repository" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "image_repository_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "image_tag" (
    "id" SERIAL NOT NULL,
    "repository_id" INTEGER NOT NULL,
    "tag" TEXT NOT NULL,
    "build" INTEGER NOT NULL,
    "revision" INTEGER,
    "arch" "arch" NOT NULL,
    "origin" "tag_origin" NOT NULL,
    "floating" BOOLEAN NOT NULL,
    "digest" TEXT,
    "observed_at" TIMESTAMPTZ(3),

    CONSTRAINT "image_tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "catalog_state_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "release_key_key" ON "release"("key");

-- CreateIndex
CREATE INDEX "release_build_idx" ON "release"("build");

-- CreateIndex
CREATE INDEX "kb_update_build_revision_idx" ON "kb_update"("build", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "image_repository_name_key" ON "image_repository"("name");

-- CreateIndex
CREATE INDEX "image_tag_repository_id_build_revision_tag_idx" ON "image_tag"("repository_id", "build" DESC, "revision" DESC, "tag");

-- CreateIndex
CREATE INDEX "image_tag_build_revision_idx" ON "image_tag"("build", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "image_tag_repository_id_tag_key" ON "image_tag"("repository_id", "tag");

-- AddForeignKey
ALTER TABLE "image_tag" ADD CONSTRAINT "image_tag_repository_id_fkey" FOREIGN KEY ("repository_id") REFERENCES "image_repository"("id") ON DELETE CASCADE ON UPDATE CASCADE;
