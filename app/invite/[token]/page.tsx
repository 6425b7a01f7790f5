import { AcceptInviteForm } from "./accept-invite-form";

export const metadata = { title: "Set your password" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm">
        <h1 className="mb-1 text-2xl font-semibold">Welcome to Refund Desk</h1>
        <p className="mb-6 text-sm text-slate-500">
          Choose a password to finish setting up your account.
        </p>
        <AcceptInviteForm token={token} />
      </div>
    </main>
  );
}
