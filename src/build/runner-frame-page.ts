import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * The grading frame's page (/grader/runner-frame.html): no content, one
 * inline script (src/grader/frame/runner-frame.ts, bundled here), and a
 * policy of its own that allows that script and nothing else: no network,
 * no frames, no forms; workers only from blob URLs (the runners, made from
 * the source the class view hands over), which inherit this policy. The
 * runners evaluate code (SES), hence `unsafe-eval`; this page is loaded only
 * in `<iframe sandbox="allow-scripts">`, an opaque origin with no storage and
 * no access to the site.
 */
export function runnerFramePage(root = '.'): string {
  const [output] = buildSync({
    entryPoints: [join(root, 'src/grader/frame/runner-frame.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
  }).outputFiles;
  const script = output.text.trim();
  if (/<\/script/i.test(script)) throw new Error('runner-frame.ts compiled to text that would close its <script> element early');
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  const policy = ["default-src 'none'", `script-src 'sha256-${hash}' 'unsafe-eval'`, 'worker-src blob:', "base-uri 'none'", "form-action 'none'"].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="robots" content="noindex">
<title>Grading frame</title>
</head>
<body>
<script>${script}</script>
</body>
</html>
`;
}
