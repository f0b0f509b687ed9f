// hello-web — Pave's runnable sample app. Plain Node, no dependencies.
//
//   PORT          where to listen (default 3000; 0 picks a free port)
//   GREETING      what to say (default "Hello from Pave")
//   PAVE_RELEASE  the release Pave deployed, shown when set
//
// GET /         a small HTML greeting
// GET /healthz  200 "ok"
import { createServer } from 'node:http';

const port = Number(process.env.PORT || 3000);
const greeting = process.env.GREETING || 'Hello from Pave';
const release = process.env.PAVE_RELEASE || '';

const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

function page() {
  const releaseLine = release ? `\n  <p>Release <code>${escapeHtml(release)}</code></p>` : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>hello-web</title></head>
<body>
  <h1>${escapeHtml(greeting)}</h1>${releaseLine}
</body>
</html>
`;
}

function handle(req, res) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('method not allowed\n');
  } else if (pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : page());
  } else if (pathname === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : 'ok');
  } else {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
  }
}

const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`${new Date().toISOString()} ${req.method} ${req.url} ${res.statusCode} ${ms.toFixed(1)}ms`);
  });
  handle(req, res);
});

server.listen(port, () => {
  const { port: bound } = server.address();
  console.log(`hello-web listening on port ${bound}${release ? ` (release ${release})` : ''}`);
});

function shutdown(signal) {
  console.log(`hello-web received ${signal}, closing`);
  // Finish requests in flight, refuse new ones, then exit; give up after 10 s.
  server.close(() => {
    console.log('hello-web closed');
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    console.error('hello-web: connections still open after 10s, exiting anyway');
    process.exit(1);
  }, 10_000).unref();
}

process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
