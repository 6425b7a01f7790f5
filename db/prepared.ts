import type { Tx } from "./client";

/**
 * One drizzle prepared statement per database handle, for the hot statements of ingestion.
 * `build` writes the statement with `sql.placeholder`s and ends in `.prepare(name)`: its SQL
 * is built once per handle, and PostgreSQL parses and plans it once per connection instead of
 * for every email. A prepared statement runs on the handle it was built on, so one built on
 * the database runs outside any transaction; inside a transaction, pass the transaction
 * (it is then built once for that transaction).
 */
export function preparedPer<P>(build: (db: Tx) => P): (db: Tx) => P {
  const byHandle = new WeakMap<Tx, P>();
  return (db) => {
    let statement = byHandle.get(db);
    if (statement === undefined) byHandle.set(db, (statement = build(db)));
    return statement;
  };
}
