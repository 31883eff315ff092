import "@remix-run/node";

// Typed loader data for single fetch (remix.config.js turns it on).
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
