/** A port: an object whose methods all answer with promises, so a caller cannot tell when it was loaded. */
type AsynchronousPort<Port> = { [Method in keyof Port]: (...args: never[]) => Promise<unknown> };

/**
 * A port loaded with the first call to any of its methods. On Lambda, what only some requests need (the
 * write side's stores, OpenAuth's token checks) is imported by those requests: infra splits each such
 * `import()` into a chunk, which a cold start that does not need it neither reads nor runs.
 *
 * A load that fails is tried again by the next call, rather than failing every call after it.
 */
export function loadedOnDemand<Port extends AsynchronousPort<Port>>(load: () => Promise<Port>): Port {
  let loading: Promise<Port> | undefined;
  const loaded = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return new Proxy({} as Port, {
    get: (_target, method) =>
      // Not a thenable: `await port` must give the port itself.
      method === "then"
        ? undefined
        : async (...args: unknown[]) => {
            const port = await loaded();
            return (port[method as keyof Port] as unknown as (...args: unknown[]) => Promise<unknown>).apply(
              port,
              args,
            );
          },
  });
}
