const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A well-formed UUID: anything else (36 dashes included) is a 404 before it reaches a uuid column. */
export const isUuid = (s: string | undefined | null): s is string => UUID.test(s ?? "");
