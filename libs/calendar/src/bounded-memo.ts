/**
 * Answers kept by key, up to a limit: past it the memo starts over. For pure answers about dates,
 * which any caller of the API may ask about (so the set of keys is not bounded by itself).
 */
export class BoundedMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.answers.get(key);
  }

  remember(key: string, value: V): V {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }
}
