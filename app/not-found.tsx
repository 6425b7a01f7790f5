import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="card max-w-md text-center">
        <h1 className="mb-2 text-xl font-semibold">Page not found</h1>
        <p className="mb-4 text-sm text-slate-600">
          The page you asked for does not exist, or the link is out of date.
        </p>
        <Link href="/queue" className="btn">
          Back to the queue
        </Link>
      </div>
    </main>
  );
}
