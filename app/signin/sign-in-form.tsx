"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function SignInForm({ ssoName }: { ssoName: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const fd = new FormData(e.currentTarget);
    const res = await signIn("credentials", {
      redirect: false,
      email: fd.get("email"),
      password: fd.get("password"),
    });
    setPending(false);
    if (res?.ok && !res.error) {
      router.replace("/queue");
      router.refresh();
    } else {
      setError(
        res?.error && res.error !== "CredentialsSignin"
          ? res.error
          : "Email or password is incorrect.",
      );
    }
  }

  return (
    <form onSubmit={onSubmit} className="card space-y-4" aria-label="Sign in">
      <div>
        <label htmlFor="email" className="label">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="input"
          autoFocus
        />
      </div>
      <div>
        <label htmlFor="password" className="label">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="input"
        />
      </div>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary w-full justify-center" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      {ssoName && (
        <button
          type="button"
          className="btn w-full justify-center"
          onClick={() => signIn("oidc", { callbackUrl: "/queue" })}
        >
          Sign in with {ssoName}
        </button>
      )}
    </form>
  );
}
