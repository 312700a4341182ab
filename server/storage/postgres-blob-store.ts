// The built-in BlobStore: one bytea row per blob. Fine for a few MB per ticket; larger volumes
// belong in object storage behind the same interface.
import type { Db } from "~/server/db/client";
import type { BlobStore } from "./blob-store";

export function createPostgresBlobStore(db: Db): BlobStore {
  return {
    async put(key, bytes, contentType) {
      await db.storedBlob.create({ data: { key, contentType, size: bytes.byteLength, bytes: new Uint8Array(bytes) } });
      return key;
    },
    async get(ref) {
      const row = await db.storedBlob.findUnique({ where: { key: ref }, select: { bytes: true, contentType: true } });
      return row ? { bytes: new Uint8Array(row.bytes), contentType: row.contentType } : null;
    },
    async delete(ref) {
      await db.storedBlob.deleteMany({ where: { key: ref } });
    },
  };
}
