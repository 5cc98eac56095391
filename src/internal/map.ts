/** The value of a key, created and stored first if the map has none. */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  const existing = map.get(key);
  if (existing !== undefined) return existing;
  const created = create();
  map.set(key, created);
  return created;
}

/** Numbers ids by their place in a list, from `from` on; a repeated id keeps its first number. */
export function numberIds(
  items: readonly { readonly id: string }[],
  from = 0,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [i, item] of items.entries()) if (!out.has(item.id)) out.set(item.id, from + i);
  return out;
}
