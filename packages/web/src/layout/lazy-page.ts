import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/** A page fetched on demand, which can be told to start fetching before React first renders it. */
export type LazyPage = LazyExoticComponent<ComponentType> & { preload(): Promise<unknown> };

/**
 * A page whose code is fetched when someone first opens it, not with the app: the console, the editors
 * and the review board stay out of every public page's first load. The module exports the page by name;
 * pages of one module share its import, and so its chunk.
 */
export function lazyPage<Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
): LazyPage {
  let loading: Promise<Module> | undefined;
  const preload = () => {
    loading ??= load().catch((failure: unknown) => {
      // A fetch that failed (offline, a new deployment) is tried again on the next visit, not remembered.
      loading = undefined;
      throw failure;
    });
    return loading;
  };
  return Object.assign(
    lazy(async () => ({ default: (await preload())[name] })),
    { preload },
  );
}

export const isLazyPage = (type: unknown): type is LazyPage =>
  typeof type === "object" && type !== null && "preload" in type;
