import Link from "next/link";

export const metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="card max-w-md text-center">
        <h1 className="mb-2 text-xl font-semibold">You don’t have access to this page</h1>
        <p className="mb-4 text-sm text-slate-600">
          Your role does not include this area. Ask an admin if you need it.
        </p>
        <Link href="/queue" className="btn">
          Back to the queue
        </Link>
      </div>
    </main>
  );
}
