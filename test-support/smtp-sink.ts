import net from "node:net";

/** What the sink answers once a message's data has arrived. */
export type SinkVerdict = "accept" | "temporary" | "permanent";

export type ReceivedMessage = { messageId: string | null; raw: string };

export type SmtpSink = {
  url: string;
  port: number;
  /** Every message whose data arrived, in order, whatever the sink then answered. */
  received: ReceivedMessage[];
  /**
   * Decides the answer to each message once its data has arrived (default: accept). It may wait,
   * so a test can act (e.g. kill the sender) while the sender still waits for the reply.
   */
  verdict: (m: ReceivedMessage) => SinkVerdict | Promise<SinkVerdict>;
  /** Connections opened so far. */
  connections: () => number;
  close: () => Promise<void>;
};

/**
 * A minimal SMTP server on loopback for tests: enough of RFC 5321 for nodemailer
 * (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), no TLS, no auth. It records each message
 * and lets the test choose the answer to it.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sockets = new Set<net.Socket>();
  let opened = 0;
  const sink: SmtpSink = {
    url: "",
    port: 0,
    received: [],
    verdict: () => "accept",
    connections: () => opened,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server = net.createServer((socket) => {
    opened++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    const reply = (line: string) => {
      if (!socket.destroyed) socket.write(`${line}\r\n`);
    };
    let buffer = "";
    let data: string[] | null = null;
    const onLine = async (line: string) => {
      if (data) {
        if (line !== ".") return void data.push(line.startsWith("..") ? line.slice(1) : line);
        const raw = data.join("\r\n");
        data = null;
        const message = {
          messageId: /^message-id:\s*<?([^>\r\n]+)>?/im.exec(raw)?.[1] ?? null,
          raw,
        };
        sink.received.push(message);
        const verdict = await sink.verdict(message);
        if (verdict === "accept") reply("250 2.0.0 queued");
        else if (verdict === "temporary") reply("451 4.3.0 mailbox busy, try later");
        else reply("554 5.7.1 rejected by policy: secret-internal-detail");
        return;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === "EHLO" || verb === "HELO") reply("250 sink.test");
      else if (verb === "DATA") {
        data = [];
        reply("354 end with .");
      } else if (verb === "QUIT") {
        reply("221 bye");
        socket.end();
      } else reply("250 ok");
    };
    // Lines are handled one at a time, in order, so a waiting verdict holds the session.
    let chain = Promise.resolve();
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let i: number;
      while ((i = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        chain = chain.then(() => onLine(line));
      }
    });
    reply("220 sink.test ESMTP");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address();
  sink.port = typeof addr === "object" && addr ? addr.port : 0;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  return sink;
}
