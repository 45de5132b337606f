import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { LocalFileStorage } from './local-file-storage';

describe('LocalFileStorage', () => {
  let dir: string;
  let storage: LocalFileStorage;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lms-storage-'));
    storage = new LocalFileStorage(dir);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores, reads back and deletes bytes by key', async () => {
    await storage.put('course-1/abc', Buffer.from('isi berkas'));
    expect((await storage.get('course-1/abc'))?.toString()).toBe('isi berkas');
    await storage.delete('course-1/abc');
    expect(await storage.get('course-1/abc')).toBeNull();
  });

  it('refuses keys that could leave its folder', async () => {
    await expect(storage.put('../escape', Buffer.from('x'))).rejects.toThrow(RangeError);
    await expect(storage.get('a/../../etc/passwd')).rejects.toThrow(RangeError);
    await expect(storage.get('/etc/passwd')).rejects.toThrow(RangeError);
  });
});
