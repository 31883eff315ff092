/** Liveness for load balancers and tests: no personal data, no caching. */
export function loader() {
  return new Response(JSON.stringify({ status: "ok" }), {
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}
