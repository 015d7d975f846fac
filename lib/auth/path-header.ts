/**
 * The request header proxy.ts sets to the requested path; the guards use it as the default `next` after signing
 * in. Its own module because proxy.ts cannot import the server-only guards.
 */
export const PATH_HEADER = "x-bridge-path";
