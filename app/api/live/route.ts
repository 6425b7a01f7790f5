import { getDb } from "@/db/client";
import { announcePresence } from "@/lib/live/announce-presence";
import { isUuid } from "@/lib/ids";
import { subscribeLive } from "@/lib/live/live-hub";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** How often a viewer is announced again (presence expires in the browser after three misses). */
const PRESENCE_EVERY_MS = 15_000;

/**
 * The live queue: a server-sent event stream of request changes (new, claimed, released,
 * decided; NOTIFY from a trigger on refund_requests) and, with ?request=<id>, who else has that
 * request open. The browser's EventSource reconnects by itself after a restart.
 */
export const GET = route("queue.read", async (req, _ctx, user) => {
  const requestId = new URL(req.url).searchParams.get("request");
  const viewing = requestId && isUuid(requestId) ? requestId : null;
  const enc = new TextEncoder();
  const announce = (state: "viewing" | "left") =>
    viewing
      ? announcePresence(getDb(), { requestId: viewing, userId: user.id, name: user.name, state })
      : Promise.resolve();
  let stop = () => undefined as unknown;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: string, data: string) =>
        controller.enqueue(enc.encode(`event: ${event}\ndata: ${data}\n\n`));
      controller.enqueue(enc.encode("retry: 2000\n\n"));
      // A newcomer to the request hears at once who is already there: each stream answers them.
      const seen = new Set<string>();
      const unsubscribe = subscribeLive((e) => {
        try {
          if (
            e.channel === "request_presence" &&
            viewing &&
            greets(e.payload, viewing, user.id, seen)
          )
            void announce("viewing");
          send(e.channel === "queue_events" ? "request" : "presence", e.payload);
        } catch {
          stop();
        }
      });
      void announce("viewing");
      const timer = setInterval(() => {
        void announce("viewing");
        controller.enqueue(enc.encode(": keep-alive\n\n"));
      }, PRESENCE_EVERY_MS);
      stop = () => {
        clearInterval(timer);
        unsubscribe();
        void announce("left").catch(() => undefined);
      };
      req.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
});

/** Whether this presence is someone else arriving at the same request for the first time. */
function greets(payload: string, requestId: string, me: string, seen: Set<string>): boolean {
  const p = JSON.parse(payload) as { requestId?: string; userId?: string; state?: string };
  if (p.requestId !== requestId || !p.userId || p.userId === me || p.state !== "viewing")
    return false;
  if (seen.has(p.userId)) return false;
  seen.add(p.userId);
  return true;
}
