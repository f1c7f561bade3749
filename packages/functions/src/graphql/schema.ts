import { lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "./builder";
import "./rejections";
import "./member";
import "./profile-mutations";
import "./community-rejections";
import "./community";
import "./community-mutations";
import "./meetup-rejections";
import "./meetup";
import "./meetup-mutations";
import "./calendar-feed";

/** The whole API. Each module above adds its types and fields to the one builder. */
export const schema = builder.toSchema();

/** The SDL committed as `schema.graphql`, sorted so that moving code around does not change it. */
export const printedSchema = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
