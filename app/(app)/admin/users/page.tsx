import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { dateTime } from "@/lib/format";
import { InviteUserForm } from "./invite-user-form";
import { UserRow } from "./user-row";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireUser("users.manage");
  const users = await listUsers(getDb());
  const now = new Date();
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
              <th></th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                isSelf={u.id === me.id}
                lockedUntil={u.lockedUntil && u.lockedUntil > now ? dateTime(u.lockedUntil) : null}
              />
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
