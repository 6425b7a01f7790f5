"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: 40 }}>
        <h1>Refund Desk is having trouble</h1>
        <p>The problem has been logged. Reference: {error.digest ?? "unknown"}</p>
      </body>
    </html>
  );
}
