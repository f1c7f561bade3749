/// <reference path="./.sst/platform/config.d.ts" />

export default $config({
  app(input) {
    const production = input?.stage === "production";
    return {
      name: "meetstream",
      home: "aws",
      // Production keeps its tables and buckets when removed, and refuses to delete them by accident.
      removal: production ? "retain" : "remove",
      protect: production,
      providers: { aws: { region: process.env.AWS_REGION ?? "eu-west-1" } },
    };
  },
  async run() {
    await import("./infra/secrets");
    await import("./infra/storage");
    await import("./infra/bus");
    await import("./infra/notifications");
    await import("./infra/webhooks");
    await import("./infra/archive");
    await import("./infra/auth");
    const { api } = await import("./infra/api");
    await import("./infra/web");
    await import("./infra/uploads");
    const { router } = await import("./infra/router");
    return { url: router.url, api: api.url };
  },
});
