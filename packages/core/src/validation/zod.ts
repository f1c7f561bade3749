import { config } from "zod/mini";
import en from "zod/v4/locales/en.js";

/*
 * The one way Meetstream code reaches zod: `import * as z from "@meetstream/core/validation/zod"`.
 *
 * zod/mini rather than zod's classic API, because the classic API costs every Lambda cold start that
 * loads it about 95 KB to parse and run (benchmarked in `pnpm bench handlers`): mini is a set of
 * functions a bundle keeps only as used. Only as used: import it as a namespace and call through it, and
 * never pass the namespace itself around, or the bundle keeps all of zod and every locale.
 *
 * Mini ships without messages, so the English ones the classic API would load are configured here, once,
 * before any schema can report an issue.
 */
config(en());

export * from "zod/mini";
/** The class of every object schema, mini or classic: what `instanceof` asks of a schema someone declared. */
export { $ZodObject } from "zod/v4/core";
