import { createHash } from 'node:crypto';

/**
 * The pages' Content-Security-Policy, as a `<meta>` tag every page carries (a
 * static host may set no headers). Scripts come from the site itself, plus
 * the one inline script named by its hash; WebAssembly may be compiled (the
 * search page's Pagefind); nothing is fetched from elsewhere; no plugins,
 * no base-URL tricks. Styles may be inline: the code highlighter writes
 * style attributes and the editor injects its style sheet.
 *
 * A page's policy does not bind the workers it starts (each would need its own
 * header). The runner worker needs `eval` for SES anyway, so what keeps a
 * string out of a timer there is the runner's own wrapper
 * (src/grader/runner/sandbox.ts), not this policy. See docs/threat-model.md.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
