// Where uploaded bytes live. The built-in store is a PostgreSQL table; object storage (S3 and the
// like) can replace it behind this interface without touching the use cases.

export interface StoredBlob {
  bytes: Uint8Array;
  contentType: string;
}

/** Opaque byte storage keyed by the caller; `put` answers the ref that `get` and `delete` take. */
export interface BlobStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<string>;
  /** null when nothing is stored under the ref. */
  get(ref: string): Promise<StoredBlob | null>;
  /** Deleting an absent ref is not an error (cleanup after a failed write may run twice). */
  delete(ref: string): Promise<void>;
}
