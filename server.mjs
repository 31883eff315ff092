// Production server: Express in front of the Remix build. Security headers,
// static files and health live here; everything else is the Remix app.
import crypto from "node:crypto";
import express from "express";
import helmet from "helmet";
import compression from "compression";
import { createRequestHandler } from "@remix-run/express";
import { rateLimit } from "express-rate-limit";

process.env.NODE_ENV ??= "production";
const production = process.env.NODE_ENV === "production";

const build = await import("./build/index.js");
const { port, host, stop, rateLimitPerMinute, serviceProblemText } = await build.entry.module.boot();

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", process.env.TRUST_PROXY === "1" ? 1 : false);

app.use((_req, res, next) => {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
});
app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "same-origin" },
    xFrameOptions: { action: "deny" },
    strictTransportSecurity: production ? { maxAge: 31536000, includeSubDomains: true } : false,
  }),
);
app.use((_req, res, next) => {
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
  next();
});
app.use(compression());

// Anything that submits a complaint or sends an email is limited per client
// address. Over the limit, the request still reaches the app, which answers
// with its own translated "too many attempts" page.
const limiter = rateLimit({
  windowMs: 60_000,
  limit: rateLimitPerMinute,
  standardHeaders: "draft-7",
  legacyHeaders: false,
  skip: (req) => req.method !== "POST",
  handler: (_req, res, next) => {
    res.locals.rateLimited = true;
    next();
  },
});
app.use(["/:lang/complaint/declaration", "/:lang/complaint/save", "/:lang/consent/:token"], limiter);

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y", index: false }));
app.use(express.static("public", { maxAge: "1h", index: false }));

app.all(
  "*",
  createRequestHandler({
    build,
    mode: production ? "production" : "development",
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce, rateLimited: res.locals.rateLimited === true }),
  }),
);

// Last resort: never show a stack trace.
app.use((error, _req, res, _next) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: "error", event: "express.error", error: error?.name })}\n`);
  if (!res.headersSent) res.status(500).type("text/plain; charset=utf-8").send(serviceProblemText);
});

const server = app.listen(port, host, () => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", event: "listening", url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}` })}\n`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(async () => {
      await stop();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
