/**
 * Answers kept by key, up to a limit: past it the memo starts over. For answers that never change
 * for a key whose set callers choose (dates anyone may ask about, tokens anyone may send).
 */
export class BoundedMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.answers.get(key);
  }

  forget(key: string): void {
    this.answers.delete(key);
  }

  remember(key: string, value: V): V {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }
}
