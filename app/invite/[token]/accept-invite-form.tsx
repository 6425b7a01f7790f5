"use client";

import Link from "next/link";
import { useActionState } from "react";
import { acceptInviteAction } from "@/app/actions/users/accept-invite-action";
import { FieldError } from "@/app/components/field-error";

export function AcceptInviteForm({ token }: { token: string }) {
  const [state, submit, pending] = useActionState(acceptInviteAction, null);
  if (state?.ok) {
    return (
      <div className="card text-sm" role="status">
        Your password is set.{" "}
        <Link className="text-indigo-700 underline" href="/signin">
          Sign in
        </Link>{" "}
        as {state.data.email}.
      </div>
    );
  }
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={submit} className="card space-y-4">
      <input type="hidden" name="token" value={token} />
      <div>
        <label className="label" htmlFor="password">
          New password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          className="input"
          required
          minLength={12}
        />
        <FieldError errors={fe?.password} />
      </div>
      <div>
        <label className="label" htmlFor="confirm">
          Repeat password
        </label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          className="input"
          required
        />
        <FieldError errors={fe?.confirm} />
      </div>
      {state && !state.ok && !fe && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      <button type="submit" className="btn btn-primary w-full justify-center" disabled={pending}>
        Set password
      </button>
    </form>
  );
}
