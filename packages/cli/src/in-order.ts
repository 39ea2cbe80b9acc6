/**
 * Maps items with up to `limit` calls of `transform` in flight, yielding results in the
 * items' order. `transform` must not reject: one rejection would end the whole run.
 */
export async function* mapInOrder<Item, Result>(
  items: AsyncIterable<Item>,
  limit: number,
  transform: (item: Item) => Promise<Result>,
): AsyncGenerator<Result> {
  const pending: Array<Promise<Result>> = []
  for await (const item of items) {
    pending.push(transform(item))
    if (pending.length >= limit) yield await pending.shift()!
  }
  while (pending.length > 0) yield await pending.shift()!
}
