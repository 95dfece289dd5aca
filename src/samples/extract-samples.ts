/**
 * Finds the code samples of one lesson (MDX text) and what each claims to
 * print, following "Every sample is proven" in docs/authoring.md. Pure: no
 * file system; the caller names the file when it reports problems.
 */

export type SampleLang = 'ts' | 'python';

export interface Sample {
  lang: SampleLang;
  /** 1-based line of the opening fence in the lesson. */
  line: number;
  code: string;
  mode: 'run' | 'fragment';
  /** The printed lines the lesson claims, or null when it claims nothing. */
  expectedOutput: string[] | null;
  outputSource: 'fence' | 'arrows' | null;
  /** `error="…"`: the text the error message must contain. */
  expectedError: string | null;
  /**
   * Where it runs: TypeScript in headless Chromium (`browser`) or, with
   * `env="node"`, in Node; Python under both Pyodide and CPython (`both`) or,
   * with `env="cpython"`, under CPython only (sockets, threads, servers).
   */
  env: SampleEnv;
}

export type SampleEnv = 'browser' | 'node' | 'both' | 'cpython';

/** The `env="…"` values each language takes, the default first. */
const envs: Record<SampleLang, SampleEnv[]> = { ts: ['browser', 'node'], python: ['both', 'cpython'] };

export interface ExtractProblem {
  line: number;
  lang: SampleLang | null;
  message: string;
}

export interface Extraction {
  samples: Sample[];
  problems: ExtractProblem[];
}

const sampleLangs: Record<string, SampleLang> = { ts: 'ts', typescript: 'ts', python: 'python', py: 'python' };

/** `// → text` in TypeScript, `# → text` in Python; one space after the arrow is part of the marker. */
const arrowPatterns: Record<SampleLang, RegExp> = {
  ts: /\/\/\s*→ ?(.*)$/,
  python: /#\s*→ ?(.*)$/,
};

interface Fence {
  line: number;
  lang: string;
  flags: Set<string>;
  attrs: Map<string, string>;
  code: string;
  closed: boolean;
}

/** Splits an info string like `ts run error="TypeError: x"` into language, flags and attributes. */
export function parseInfo(info: string): { lang: string; flags: Set<string>; attrs: Map<string, string> } {
  const flags = new Set<string>();
  const attrs = new Map<string, string>();
  let lang = '';
  const token = /([\w-]+)=("[^"]*"|'[^']*'|\S+)|(\S+)/g;
  for (const match of info.matchAll(token)) {
    if (match[1] !== undefined) {
      const raw = match[2];
      const quoted = (raw.startsWith('"') && raw.endsWith('"')) || (raw.startsWith("'") && raw.endsWith("'"));
      attrs.set(match[1], quoted ? raw.slice(1, -1) : raw);
    } else if (!lang) {
      lang = match[3].toLowerCase();
    } else {
      flags.add(match[3]);
    }
  }
  return { lang, flags, attrs };
}

/** Walks the lines once, yielding each fenced block and whether only blank lines separate it from the previous one. */
function* fences(lines: string[]): Generator<{ fence: Fence; adjacent: boolean }> {
  let adjacent = false;
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!open || (open[2][0] === '`' && open[3].includes('`'))) {
      if (lines[i].trim() !== '') adjacent = false;
      continue;
    }
    const [, indent, marker, info] = open;
    const close = new RegExp(`^\\s*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j])) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
      j++;
    }
    yield { fence: { line: i + 1, ...parseInfo(info), code: body.join('\n'), closed: j < lines.length }, adjacent };
    adjacent = true;
    i = j;
  }
}

function arrowClaims(code: string, lang: SampleLang): string[] {
  const claims: string[] = [];
  for (const line of code.split('\n')) {
    const match = arrowPatterns[lang].exec(line);
    if (match) claims.push(match[1].trimEnd());
  }
  return claims;
}

/** Lines of an output fence: exactly as written (an empty fence claims no output). */
function outputLines(code: string): string[] {
  return code === '' ? [] : code.split('\n');
}

export function extractSamples(mdx: string): Extraction {
  const lines = mdx.replace(/\r\n?/g, '\n').split('\n');
  const samples: Sample[] = [];
  const problems: ExtractProblem[] = [];
  /** The run sample an output fence may still attach to. */
  let open: Sample | null = null;

  for (const { fence, adjacent } of fences(lines)) {
    const lang = sampleLangs[fence.lang];
    const attachable = adjacent ? open : null;
    open = null;

    if (fence.lang === 'text' && fence.flags.has('output')) {
      if (!attachable) {
        problems.push({
          line: fence.line,
          lang: null,
          message: 'output fence follows no run sample (it must come right after a `run` fence, only blank lines between)',
        });
      } else if (attachable.outputSource === 'arrows') {
        problems.push({
          line: attachable.line,
          lang: attachable.lang,
          message: `claims its output twice: \`${attachable.lang === 'ts' ? '//' : '#'} →\` comments and an output fence (line ${fence.line}); keep one`,
        });
      } else {
        attachable.expectedOutput = outputLines(fence.code);
        attachable.outputSource = 'fence';
      }
      continue;
    }
    if (!lang) continue;

    const report = (message: string) => problems.push({ line: fence.line, lang, message });
    if (!fence.closed) {
      report('code fence is never closed');
      continue;
    }
    const run = fence.flags.has('run');
    const fragment = fence.flags.has('fragment');
    if (run === fragment) {
      report(run ? 'is marked both run and fragment; pick one' : `\`${fence.lang}\` fence without \`run\` or \`fragment\`: mark it run or fragment`);
      continue;
    }
    const expectedError = fence.attrs.get('error') ?? (fence.flags.has('error') ? '' : null);
    if (expectedError !== null && fragment) {
      report('error="…" needs a run sample; a fragment is not run');
      continue;
    }
    if (expectedError === '') {
      report('error= needs the text the error message must contain, e.g. error="TypeError"');
      continue;
    }
    const env = (fence.attrs.get('env') ?? envs[lang][0]) as SampleEnv;
    if (!envs[lang].includes(env)) {
      report(
        `env="${fence.attrs.get('env')}" is not a ${lang === 'ts' ? 'TypeScript' : 'Python'} runtime; use ${envs[lang]
          .slice(1)
          .map((e) => `env="${e}"`)
          .join(' or ')} (or leave it out)`,
      );
      continue;
    }

    const sample: Sample = {
      lang,
      line: fence.line,
      code: fence.code,
      mode: run ? 'run' : 'fragment',
      expectedOutput: null,
      outputSource: null,
      expectedError,
      env,
    };
    if (run) {
      const claims = arrowClaims(fence.code, lang);
      if (claims.length) {
        sample.expectedOutput = claims;
        sample.outputSource = 'arrows';
      }
      open = sample;
    }
    samples.push(sample);
  }
  return { samples, problems };
}
