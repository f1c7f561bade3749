import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/**
 * A page whose code is fetched when someone first opens it, not with the app: the console, the editors
 * and the review board stay out of every public page's first load. The module exports the page by name;
 * pages of one module share its import, and so its chunk.
 */
export function lazyPage<Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}
