/** Roles, without database code, for the browser too (db/schema/enums.ts makes the pgEnum of them). */
export const ROLES = ["reviewer", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];
