import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { dateTime } from "@/lib/format";
import { InviteUserForm } from "./invite-user-form";
import { UserRow } from "./user-row";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireUser("users.manage");
  const users = await listUsers(getDb());
  const now = new Date();
  const reviewers = users
    .filter((u) => u.active && can(u.role, "requests.assign"))
    .map((u) => ({ id: u.id, name: u.name }));
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Users</h1>
      <InviteUserForm />
      <section className="card overflow-x-auto p-0">
        <table className="table" aria-label="Users">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Role</th>
              <th>Status</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                isSelf={u.id === me.id}
                reviewers={reviewers}
                lockedUntil={u.lockedUntil && u.lockedUntil > now ? dateTime(u.lockedUntil) : null}
              />
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
