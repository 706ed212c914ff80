'use strict';
// Bot API emulator for the newsdesk Telegram end-to-end test, on loopback only.
//
// Starts telegram-test-api on a free port and, in front of it, a small proxy that corrects the emulator's
// deviations from the real Bot API, so the bot under test needs no test-only code:
//   - the date of a sent message is in milliseconds (the Bot API and TelegramBots use seconds);
//   - getMe lacks is_bot;
//   - methods it does not know (setMyCommands, sendChatAction, answerInlineQuery, ...) fail with HTTP 500;
//   - answerCallbackQuery, editMessageText, editMessageReplyMarkup and deleteMessage return null, not true;
//   - getUpdates ignores timeout, so the bot would busy-poll: the proxy holds it until updates arrive.
// Every Bot API call the proxy sees is recorded and served at GET /__calls for the harness to check.
//
// Prints one JSON line {"emulator": PORT, "api": PORT} once both listen; the bot gets http://127.0.0.1:<api>,
// the harness plays the users on http://127.0.0.1:<emulator> (/sendMessage, /sendCommand, /sendCallback, ...).
// Stops on SIGTERM, SIGINT, when standard input closes (the harness died) or after E2E_MAX_SECONDS.

const http = require('http');
const net = require('net');
const TelegramServer = require('telegram-test-api');

const HOST = '127.0.0.1';
const MAX_SECONDS = Number(process.env.E2E_MAX_SECONDS || 900);
const HOLD_LIMIT_MS = 50000;
const POLL_MS = 50;
const UNKNOWN_TO_EMULATOR = new Set([
  'setmycommands', 'deletemycommands', 'sendchataction', 'answerinlinequery', 'setmydescription',
  'setmyshortdescription', 'setchatmenubutton',
]);
const NULL_INSTEAD_OF_TRUE = new Set([
  'answercallbackquery', 'editmessagetext', 'editmessagereplymarkup', 'deletemessage',
]);

const calls = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forward(port, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const out = http.request({ host: HOST, port, method, path, headers: { ...headers, host: `${HOST}:${port}` } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
    out.on('error', reject);
    out.end(body);
  });
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return null;
  }
}

function toSeconds(date) {
  return typeof date === 'number' && date > 100000000000 ? Math.floor(date / 1000) : date;
}

function send(res, status, payload) {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function botCall(emulatorPort, req, res, method, body) {
  const request = parseJson(body.toString('utf8')) || {};
  calls.push({ method, body: request, at: Date.now() });
  if (UNKNOWN_TO_EMULATOR.has(method)) {
    send(res, 200, { ok: true, result: true });
    return;
  }
  const headers = { 'content-type': req.headers['content-type'] || 'application/json' };
  let answer = await forward(emulatorPort, req.method, req.url, headers, body);
  if (method === 'getupdates') {
    // Long polling: hold the request until updates arrive or the requested timeout passes.
    const holdMs = Math.min(Number(request.timeout || 0) * 1000, HOLD_LIMIT_MS);
    const until = Date.now() + holdMs;
    let parsed = parseJson(answer.body);
    while (parsed && parsed.ok && parsed.result.length === 0 && Date.now() < until && !req.socket.destroyed) {
      await sleep(POLL_MS);
      answer = await forward(emulatorPort, req.method, req.url, headers, body);
      parsed = parseJson(answer.body);
    }
  }
  const reply = parseJson(answer.body);
  if (!reply || answer.status !== 200) {
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.body);
    return;
  }
  if (method === 'getme' && reply.result) {
    reply.result.is_bot = true;
    reply.result.can_join_groups = true;
    reply.result.supports_inline_queries = true;
  }
  if (reply.result && typeof reply.result === 'object' && 'date' in reply.result) {
    reply.result.date = toSeconds(reply.result.date);
  }
  if (NULL_INSTEAD_OF_TRUE.has(method) && reply.ok && reply.result == null) {
    reply.result = true;
  }
  send(res, 200, reply);
}

async function main() {
  const emulatorPort = await freePort();
  const server = new TelegramServer({ port: emulatorPort, host: HOST, storeTimeout: MAX_SECONDS });
  await server.start();

  const proxy = http.createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      if (req.method === 'GET' && req.url === '/__calls') {
        send(res, 200, { ok: true, result: calls });
        return;
      }
      const match = /^\/bot[^/]+\/([A-Za-z]+)/.exec(req.url);
      if (!match) {
        send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
        return;
      }
      await botCall(emulatorPort, req, res, match[1].toLowerCase(), body);
    } catch (e) {
      send(res, 502, { ok: false, error_code: 502, description: `proxy: ${e.message}` });
    }
  });
  await new Promise((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, HOST, resolve);
  });

  let stopping = false;
  const stop = async (why) => {
    if (stopping) {
      return;
    }
    stopping = true;
    process.stderr.write(`emulator: stopping (${why})\n`);
    proxy.close();
    proxy.closeAllConnections();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.stdin.on('end', () => stop('standard input closed'));
  process.stdin.resume();
  setTimeout(() => stop(`ran ${MAX_SECONDS} s`), MAX_SECONDS * 1000).unref();

  process.stdout.write(`${JSON.stringify({ emulator: emulatorPort, api: proxy.address().port })}\n`);
}

main().catch((e) => {
  process.stderr.write(`emulator: ${e.stack || e}\n`);
  process.exit(1);
});
