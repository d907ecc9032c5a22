import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import { connect } from 'node:net';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';

/**
 * Test shop pages served over HTTPS under real shop hostnames, for both browsers: Chromium maps
 * the hostnames to this server with --host-resolver-rules; Firefox, which has no such flag, goes
 * through `startProxy`, which tunnels every CONNECT here. Nothing leaves the machine.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..', '..');
export const ARTIFACTS = join(here, '.artifacts');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pages');

/** The page whose price is only text (no structured data), and what detection makes of it. */
export const TEXT_PRICE = {
  url: 'https://www.example-potter.co.uk/pour-over-set',
  /** Its screenshot's name, and what the badge shows. */
  shot: 'text-price-product',
  shows: 'the visible price',
  badge: '£37',
  product: { title: 'Ceramic pour-over set', price: 36.5, currency: 'GBP' },
  /** The same page served as the shop's front page: a featured product, not the page's. */
  front: 'https://www.example-potter.co.uk/',
};

/**
 * A sale whose price is only text, set apart from its labels ("List price:", "Now:") and in
 * pieces ("$" "649" "." "99"), bought through a picture: what detection makes of it.
 */
export const LABELLED_PRICE = {
  url: 'https://www.example-chairs.com/massage-chair',
  shot: 'labelled-price-product',
  shows: 'the price after "Now:"',
  badge: '$650',
  product: {
    title: 'Reclining massage chair',
    price: 649.99,
    currency: 'USD',
    availability: 'InStock',
  },
};

/** The pages whose price is only text, each with the journey's words for the tests' names. */
export const TEXT_PRICE_PAGES = [
  [
    'a price that is only text: the background asks for what the page shows, and gets its price',
    TEXT_PRICE,
  ],
  [
    'a sale shown only as text: the labels set apart, the price in pieces, a picture to buy',
    LABELLED_PRICE,
  ],
] as const;

/** The product a tab's state in session storage holds for an address (undefined for none). */
export function productAt(session: Record<string, unknown>, url: string): unknown {
  const state = Object.values(session).find((s) => (s as { url?: string } | null)?.url === url);
  return (state as { product?: unknown } | undefined)?.product;
}

/** host + path → fixture file. A path ending in * matches any path below it. */
export const ROUTES: Record<string, string> = {
  'www.amazon.com/dp/B0783SG446': 'amazon-product.html',
  'www.amazon.com/Gorilla-Crystal-Clear-Duct-Tape/dp/B0783SG446': 'amazon-product.html',
  'www.amazon.co.uk/dp/1849759375': 'amazon-uk-product.html',
  'www.amazon.com/s': 'search.html',
  'www.ebay.com/itm/390985762669': 'ebay-item.html',
  'www.example-roasters.com/products/sidamo': 'shop-product.html',
  'www.example-news.com/best-duct-tapes': 'article.html',
  'www.example-spa.com/*': 'spa.html',
  'www.example-woodshop.com/products/walnut-board': 'pixel-product.html',
  // No structured data: the price is only text (the background asks for the visible reader).
  'www.example-potter.co.uk/pour-over-set': 'text-price-product.html',
  // The same page as the shop's front page (a key has no trailing slash): an address that shows
  // no one product.
  'www.example-potter.co.uk': 'text-price-product.html',
  'www.example-chairs.com/massage-chair': 'labelled-price-product.html',
  'www.example-chairs.com/chair.svg': 'chair.svg',
  // A tracker's picture address, declared by a page: Kinlink must not load it unasked.
  'pixel.example-tracker.com/*': 'coffee.svg',
  // Share intents open on the networks' own sites; here a local stand-in answers for them.
  'x.com/*': 'share-intent.html',
};

/**
 * host + path → where a short link leads. A fetch (the background expanding it) gets the 301;
 * a tab that navigates there gets a stand-in page and stays on the short address, so the popup
 * sees a short link, as when a shortener's page has not redirected yet.
 */
export const REDIRECTS: Record<string, string> = {
  'amzn.to/3kinlnk':
    'https://www.amazon.com/Gorilla-Crystal-Clear-Duct-Tape/dp/B0783SG446?ref_=short',
};

export const HOSTS = [
  ...new Set(
    [...Object.keys(ROUTES), ...Object.keys(REDIRECTS)].map((r) => r.split('/')[0] as string),
  ),
];

function answer(req: { url?: string; headers: Record<string, string | string[] | undefined> }): {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
} {
  const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
  const key = `${url.hostname}${url.pathname.replace(/\/$/, '') || ''}`;
  const redirect = REDIRECTS[key];
  if (redirect && req.headers['sec-fetch-mode'] !== 'navigate') {
    return { status: 301, headers: { location: redirect }, body: '' };
  }
  if (redirect) {
    const page = '<!doctype html><title>amzn.to</title><h1>Short link</h1><p>Redirecting…</p>';
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page };
  }
  const file =
    ROUTES[key] ??
    Object.entries(ROUTES).find(
      ([route]) => route.endsWith('/*') && key.startsWith(route.slice(0, -2)),
    )?.[1] ??
    (url.pathname.startsWith('/img/') ? url.pathname.slice(5) : undefined);
  if (!file || !existsSync(join(FIXTURES, file))) {
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
  }
  const type = extname(file) === '.svg' ? 'image/svg+xml' : 'text/html; charset=utf-8';
  return {
    status: 200,
    headers: { 'content-type': type },
    body: readFileSync(join(FIXTURES, file)),
  };
}

export type FixtureServer = { server: Server; port: number; close(): void };

export async function serveFixtures(): Promise<FixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'kinlink-test' }], {
    keySize: 2048,
    extensions: [
      { name: 'subjectAltName', altNames: HOSTS.map((value) => ({ type: 2 as const, value })) },
    ],
  });
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const { status, headers, body } = answer(req);
    res.writeHead(status, headers).end(body);
  });
  const port = await listen(server);
  return { server, port, close: () => server.close() };
}

/**
 * An HTTP proxy for Firefox: CONNECT to any host:443 is tunnelled to the fixture server, which
 * routes by the TLS name and Host header. Plain-HTTP requests get a 404 (shops are https here).
 */
export async function startProxy(
  fixturePort: number,
): Promise<{ port: number; close(): void; server: HttpServer }> {
  const server = createHttpServer((_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connect', (req, client, head) => {
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const end = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
    void req;
  });
  const port = await listen(server);
  return { port, server, close: () => server.close() };
}

function listen(server: Server | HttpServer): Promise<number> {
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise(typeof address === 'object' && address ? address.port : 0);
    });
  });
}
