"use client";

import { useActionState } from "react";
import { inviteUserAction } from "@/app/actions/users/invite-user-action";
import { FieldError } from "@/app/components/field-error";

export function InviteUserForm() {
  const [state, submit, pending] = useActionState(inviteUserAction, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      action={submit}
      className="card grid grid-cols-1 items-end gap-3 md:grid-cols-4"
      aria-label="Invite user"
    >
      <div>
        <label className="label" htmlFor="invite-name">
          Name
        </label>
        <input id="invite-name" name="name" className="input" required />
        <FieldError errors={fe?.name} />
      </div>
      <div>
        <label className="label" htmlFor="invite-email">
          Email
        </label>
        <input id="invite-email" name="email" type="email" className="input" required />
        <FieldError errors={fe?.email} />
      </div>
      <div>
        <label className="label" htmlFor="invite-role">
          Role
        </label>
        <select id="invite-role" name="role" className="input" defaultValue="reviewer">
          <option value="reviewer">Reviewer</option>
          <option value="manager">Manager</option>
          <option value="admin">Admin</option>
        </select>
      </div>
      <button type="submit" className="btn btn-primary justify-center" disabled={pending}>
        Invite
      </button>
      {state && !state.ok && !fe && (
        <p role="alert" className="text-sm text-red-700 md:col-span-4">
          {state.message}
        </p>
      )}
      {state?.ok && (
        <p
          role="status"
          className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800 md:col-span-4"
        >
          Invitation created. Send this one-time link (valid 7 days):{" "}
          <code className="break-all" data-testid="invite-link">
            {state.data.invitePath}
          </code>
        </p>
      )}
    </form>
  );
}
