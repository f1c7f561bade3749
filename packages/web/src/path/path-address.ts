/** A path's address in the web app: its current slug (a former one redirects there). */
export const pathPath = (path: { slug: string }): string => `/paths/${path.slug}`;

/** The path editor's address (the editor's pages are `/paths/new` and this). */
export const editPathPath = (path: { slug: string }): string => `/paths/${path.slug}/edit`;

export const myLearningPath = "/me/learning";
