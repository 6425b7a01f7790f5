"use client";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="flex min-h-[60vh] items-center justify-center p-6">
      <div className="card max-w-md text-center" role="alert">
        <h1 className="mb-2 text-xl font-semibold">Something went wrong</h1>
        <p className="mb-4 text-sm text-slate-600">
          The problem has been logged. Try again; if it keeps happening, give this reference to an
          admin:
          <code className="ml-1 rounded bg-slate-100 px-1">{error.digest ?? "unknown"}</code>
        </p>
        <button type="button" className="btn" onClick={reset}>
          Try again
        </button>
      </div>
    </main>
  );
}
