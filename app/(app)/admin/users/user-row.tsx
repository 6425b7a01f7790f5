"use client";

import { useState, useTransition } from "react";
import { unlockUserAction } from "@/app/actions/users/unlock-user-action";
import { updateUserAccessAction } from "@/app/actions/users/update-user-access-action";
import { ROLES, type Role } from "@/lib/auth/roles";
import { HandOverChoice } from "./hand-over-choice";

type Row = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  hasPassword: boolean;
};

const isRole = (v: string): v is Role => ROLES.some((r) => r === v);

type Patch = Omit<Parameters<typeof updateUserAccessAction>[0], "userId">;
const assignedOf = (details: unknown): number | null =>
  typeof details === "object" && details !== null && "assigned" in details
    ? Number(details.assigned)
    : null;

export function UserRow(props: {
  user: Row;
  isSelf: boolean;
  lockedUntil: string | null;
  /** Who can take over a deactivated user's requests. */
  reviewers: { id: string; name: string }[];
}) {
  const { user, isSelf, lockedUntil } = props;
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [assigned, setAssigned] = useState<number | null>(null);
  const run = (patch: Patch) =>
    start(async () => {
      const res = await updateUserAccessAction({ userId: user.id, ...patch });
      setError(res.ok ? null : res.message);
      setAssigned(res.ok ? null : assignedOf(res.details));
    });
  const unlock = () =>
    start(async () => {
      const res = await unlockUserAction({ userId: user.id });
      setError(res.ok ? null : res.message);
    });
  return (
    <tr data-testid={`user-${user.email}`}>
      <td>
        {user.name}
        {isSelf && <span className="ml-1 text-xs text-slate-600">(you)</span>}
      </td>
      <td>{user.email}</td>
      <td>
        <select
          aria-label={`Role of ${user.email}`}
          className="input w-32"
          value={user.role}
          disabled={pending}
          onChange={(e) => isRole(e.target.value) && run({ role: e.target.value })}
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
        {lockedUntil && (
          <p className="text-xs text-amber-800">
            Sign-in locked until {lockedUntil}{" "}
            <button type="button" className="underline" disabled={pending} onClick={unlock}>
              Unlock
            </button>
          </p>
        )}
        {error && (
          <p role="alert" className="text-xs text-red-700">
            {error}
          </p>
        )}
        {assigned !== null && (
          <HandOverChoice
            email={user.email}
            assigned={assigned}
            reviewers={props.reviewers.filter((r) => r.id !== user.id)}
            pending={pending}
            onChoose={(choice) => run({ active: false, assigned: choice })}
          />
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
