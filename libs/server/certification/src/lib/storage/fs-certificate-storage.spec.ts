import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { certificateStorageKey } from './certificate-storage';
import { FsCertificateStorage } from './fs-certificate-storage';

describe('FsCertificateStorage', () => {
  const root = mkdtempSync(join(tmpdir(), 'cert-storage-'));
  const storage = new FsCertificateStorage(root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('puts, gets and tells what exists', async () => {
    const key = certificateStorageKey('Zk3mQ0pYt7s8AbCdEfGhIjKl', 1);
    expect(key).toBe('Zk/Zk3mQ0pYt7s8AbCdEfGhIjKl-v1.pdf');
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, Buffer.from('%PDF-1'));
    expect(await storage.exists(key)).toBe(true);
    expect((await storage.get(key))?.toString()).toBe('%PDF-1');
    await storage.put(key, Buffer.from('%PDF-2'));
    expect((await storage.get(key))?.toString()).toBe('%PDF-2');
  });

  it('refuses keys that would leave its folder', async () => {
    await expect(storage.get('../outside.pdf')).rejects.toThrow('Invalid storage key');
    await expect(storage.put('a/../../b.pdf', Buffer.from('x'))).rejects.toThrow(
      'Invalid storage key',
    );
  });
});
