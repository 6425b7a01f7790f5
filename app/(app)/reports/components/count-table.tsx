import Link from "next/link";
import { count } from "@/app/components/format";

export type CountRow = { key: string; label: string; cells: { value: string; href: string }[] };

/** A small table of figures whose every cell opens the decisions behind it. */
export function CountTable({
  label,
  headers,
  rows,
}: {
  label: string;
  headers: string[];
  rows: CountRow[];
}) {
  return (
    <table className="table text-sm" aria-label={label}>
      <thead>
        <tr>
          {headers.map((h, i) => (
            <th key={h} className={i > 0 ? "text-right" : ""}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={headers.length} className="text-slate-500">
              Nothing in this period.
            </td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.label}</td>
            {r.cells.map((c, i) => (
              <td key={i} className="text-right tabular-nums">
                <Link className="hover:underline" href={c.href} prefetch={false}>
                  {c.value}
                </Link>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const n = (x: number) => count(x);
