import DataLoader from 'dataloader';

/** Names one kind of per-request batch loader; `K` and `V` type what it loads. */
export class LoaderKey<K, V> {
  declare private readonly types: [K, V];
  constructor(readonly name: string) {}
}

/**
 * The batch loaders of one request: a field resolved for every row of a page (`Agent.licenses`)
 * queries once for the page, not once per row. Made per request, so nothing outlives it.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderKey<unknown, unknown>, unknown>();

  get<K, V>(key: LoaderKey<K, V>, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    const existing = this.loaders.get(key);
    if (existing) return existing as DataLoader<K, V>;
    const loader = new DataLoader<K, V>(batch);
    this.loaders.set(key, loader);
    return loader;
  }
}
