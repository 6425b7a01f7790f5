"use client";

import { useState, useTransition } from "react";
import { updateUserAccessAction } from "@/app/actions/users/update-user-access-action";

type Row = {
  id: string;
  name: string;
  email: string;
  role: "reviewer" | "manager" | "admin";
  active: boolean;
  hasPassword: boolean;
};

export function UserRow({ user, isSelf }: { user: Row; isSelf: boolean }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (patch: { role?: Row["role"]; active?: boolean }) =>
    start(async () => {
      const res = await updateUserAccessAction({ userId: user.id, ...patch });
      setError(res.ok ? null : res.message);
    });
  return (
    <tr data-testid={`user-${user.email}`}>
      <td>
        {user.name}
        {isSelf && <span className="ml-1 text-xs text-slate-500">(you)</span>}
      </td>
      <td>{user.email}</td>
      <td>
        <select
          aria-label={`Role of ${user.email}`}
          className="input w-32"
          value={user.role}
          disabled={pending}
          onChange={(e) => run({ role: e.target.value as Row["role"] })}
        >
          <option value="reviewer">Reviewer</option>
          <option value="manager">Manager</option>
          <option value="admin">Admin</option>
        </select>
      </td>
      <td>
        {user.active ? (
          user.hasPassword ? (
            "Active"
          ) : (
            "Invited"
          )
        ) : (
          <span className="text-red-700">Deactivated</span>
        )}
        {error && (
          <p role="alert" className="text-xs text-red-700">
            {error}
          </p>
        )}
      </td>
      <td className="text-right">
        <button
          type="button"
          className="btn"
          disabled={pending}
          onClick={() => run({ active: !user.active })}
        >
          {user.active ? "Deactivate" : "Reactivate"}
        </button>
      </td>
    </tr>
  );
}
