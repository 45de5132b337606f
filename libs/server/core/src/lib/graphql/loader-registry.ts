import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created lazily by name. Living in the request context means no cache is
 * shared between callers (and so no data crosses scopes).
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders rows as the keys asked for them; DataLoader's contract. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | Error)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? new Error(`No row for ${String(k)}`));
}

export interface GraphqlContext {
  req: import('../auth/request-of').AuthenticatedRequest;
  loaders: LoaderRegistry;
}
