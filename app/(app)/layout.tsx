import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { NavLink } from "@/app/components/nav-link";
import { NAV_ITEMS } from "@/app/components/nav-items";
import { KeyboardShortcuts } from "@/app/components/keyboard-shortcuts";
import { SignOutButton } from "@/app/components/sign-out-button";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("signed-in");
  const items = NAV_ITEMS.filter((i) => can(user.role, i.permission));
  return (
    <div className="flex min-h-screen">
      <aside className="w-48 shrink-0 border-r border-slate-200 bg-white p-4">
        <div className="mb-6 text-lg font-semibold tracking-tight">Refund Desk</div>
        <nav aria-label="Main" className="space-y-1">
          {items.map((i) => (
            <NavLink key={i.href} href={i.href} label={i.label} />
          ))}
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <KeyboardShortcuts canTakeNext={can(user.role, "requests.assign")} />
        <header className="flex items-center justify-end gap-4 border-b border-slate-200 bg-white px-6 py-2">
          <span className="mr-auto text-xs text-slate-600">
            Press <kbd className="rounded border border-slate-300 px-1 font-mono">?</kbd> for
            keyboard shortcuts
          </span>
          <span className="text-sm text-slate-600" data-testid="current-user">
            {user.name} · <span className="font-medium capitalize">{user.role}</span>
          </span>
          <SignOutButton />
        </header>
        <main className="min-w-0 flex-1 p-6">{children}</main>
      </div>
    </div>
  );
}
