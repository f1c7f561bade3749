/**
 * The web app's addresses of paths. A path's address is its current slug (`Path.slug`): a former slug
 * still finds the path, and its page sends the reader on to the current one.
 */
export const pathPath = (path: { slug: string }): string => `/paths/${path.slug}`;

export const newPathPath = "/paths/new";

/** The path editor's address (the editor's pages are `/paths/new` and this). */
export const editPathPath = (path: { slug: string }): string => `/paths/${path.slug}/edit`;

export const consolePathsPath = "/admin/paths";

export const myLearningPath = "/me/learning";
