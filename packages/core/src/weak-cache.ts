/**
 * Values computed once per object and key, and forgotten with the object: a table's model per
 * layout and table id, a document's analysis per parsed tree and language.
 */
export class WeakCache<O extends object, K, V> {
  private readonly byObject = new WeakMap<O, Map<K, V>>();

  get(object: O, key: K, compute: () => V): V {
    let byKey = this.byObject.get(object);
    if (!byKey) {
      byKey = new Map();
      this.byObject.set(object, byKey);
    }
    if (byKey.has(key)) return byKey.get(key) as V;
    const value = compute();
    byKey.set(key, value);
    return value;
  }
}
