/**
 * The web app's addresses of a path and its editor. A path's address is its current slug (`Path.slug`):
 * a former slug still finds the path, and its page sends the reader on to the current one.
 */
export const pathPagePath = (path: { slug: string }) => `/paths/${path.slug}`;

export const newPathPath = "/paths/new";

export const editPathPath = (path: { slug: string }) => `/paths/${path.slug}/edit`;

export const consolePathsPath = "/admin/paths";
