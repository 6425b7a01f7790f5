import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// next-auth 4 types its handler for the Pages router (NextApiRequest/Response) and for the App
// Router's NextRequest; at run time it tells them apart itself, so the casts only satisfy that typing.
const handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) =>
  NextAuth(req as never, ctx as never, authOptions());

export { handler as GET, handler as POST };
