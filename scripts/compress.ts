/**
 * The last step of `npm run build`: writes a brotli (`.br`) and a gzip (`.gz`)
 * copy beside every file of dist/ that compresses, for hosts that serve
 * precompressed files (src/cli/static-server.ts does, as such a host would;
 * see "Hosting" in the README). Compressed at the highest levels, which is
 * slow, so results are kept in node_modules/.cache/compress by content hash:
 * files that did not change (the Python runtime, most chunks) are not
 * compressed again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const cacheDir = 'node_modules/.cache/compress';
/** Text and code; Pagefind's index files (.pf_*) and images are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|xml|wasm|map|d\.ts|py|zip|tar|pagefind|webmanifest)$/;
/** Below this, a compressed copy saves less than the headers it costs. */
const MIN_BYTES = 1024;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

mkdirSync(cacheDir, { recursive: true });
const encoders = {
  br: (bytes: Buffer) =>
    brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length, [constants.BROTLI_PARAM_LGWIN]: 24 },
    }),
  gz: (bytes: Buffer) => gzipSync(bytes, { level: 9 }),
};

let before = 0;
let afterBr = 0;
let count = 0;
for (const file of walk(dist)) {
  if (!COMPRESSIBLE.test(file) || /\.(br|gz)$/.test(file)) continue;
  const bytes = readFileSync(file);
  if (bytes.length < MIN_BYTES) continue;
  const hash = createHash('sha256').update(bytes).digest('hex');
  for (const [ext, encode] of Object.entries(encoders)) {
    const cached = join(cacheDir, `${hash}.${ext}`);
    const compressed = existsSync(cached) ? readFileSync(cached) : encode(bytes);
    if (!existsSync(cached)) writeFileSync(cached, compressed);
    // A copy no smaller than the file is of no use to a host.
    if (compressed.length >= bytes.length) continue;
    writeFileSync(`${file}.${ext}`, compressed);
    if (ext === 'br') afterBr += compressed.length;
  }
  before += bytes.length;
  count++;
}
console.log(`compressed ${count} files: ${(before / 1024 / 1024).toFixed(1)} MB → ${(afterBr / 1024 / 1024).toFixed(1)} MB brotli`);
