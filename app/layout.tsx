import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Refund Desk", template: "%s · Refund Desk" },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts need that response's CSP nonce
  // (scripts/next-server.ts), which a page prerendered at build time would not carry.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
