/**
 * A value built the first time it is asked for, then kept. Schemas are declared this way: building
 * every zod schema at import cost a Lambda cold start tens of milliseconds, and a request that reads
 * documents validates nothing.
 */
export function lazily<Value>(build: () => Value): () => Value {
  let built: { value: Value } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
