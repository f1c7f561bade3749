import { router } from "./router";

/** The single-page app (packages/web), built by Vite and served from S3 through the router. */
export const web = new sst.aws.StaticSite("WebApp", {
  path: "packages/web",
  build: { command: "pnpm run build", output: "dist" },
  // Client-side routes (/communities/…, /admin) have no file: the app's shell answers them.
  errorPage: "index.html",
  router: { instance: router },
});
