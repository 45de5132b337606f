/**
 * Where course files' bytes live. The default keeps them under DATA_DIR; a deployment with
 * several API nodes binds another implementation (a shared volume, an object store) to
 * LEARNING_FILE_STORAGE, since a local folder is seen by one node only.
 */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  /** Null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

export const LEARNING_FILE_STORAGE = Symbol('LEARNING_FILE_STORAGE');
