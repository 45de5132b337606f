import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

import type { CertificateStorage } from './certificate-storage';

const KEY = /^[A-Za-z0-9_-]{1,64}(\/[A-Za-z0-9_.-]{1,64}){0,4}$/;

/** PDFs as files under one root folder; keys come from the service, never from a client. */
export class FsCertificateStorage implements CertificateStorage {
  private readonly root: string;
  /** Folders known to exist: a batch of thousands of PDFs shares 4,096 of them. */
  private readonly folders = new Set<string>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    const folder = dirname(path);
    if (!this.folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    // Write then rename: a reader (or a worker killed mid-write) never leaves half a PDF behind.
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, data, { mode: 0o640 });
    await rename(temp, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  private pathOf(key: string): string {
    if (!KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
      throw new RangeError(`Invalid storage key: ${key}`);
    }
    const path = resolve(join(this.root, key));
    if (!path.startsWith(this.root + sep)) throw new RangeError(`Invalid storage key: ${key}`);
    return path;
  }
}
