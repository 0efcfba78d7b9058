/**
 * `spotify-web-api-sdk/postgres`: a token store shared by every instance of an app through
 * PostgreSQL. It imports no driver: it takes the `pg` pool the app already has (`pg` is an
 * optional peer dependency).
 * @packageDocumentation
 * @module spotify-web-api-sdk/postgres
 */
export { PostgresTokenStore, type PostgresTokenStoreOptions, type PgPoolLike, type PgPoolClientLike, type PgQueryResultLike } from "./store.js";
