import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the terminal remembers between commands: hints revealed per exercise. Kept in `.course-state.json` (git-ignored). */
export interface LocalState {
  hintsShown: Record<string, number>;
}

export function statePath(root: string): string {
  return join(root, '.course-state.json');
}

export function readLocalState(root: string): LocalState {
  const path = statePath(root);
  if (!existsSync(path)) return { hintsShown: {} };
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LocalState>;
    const hintsShown: Record<string, number> = {};
    for (const [id, n] of Object.entries(data.hintsShown ?? {})) if (Number.isInteger(n) && n >= 0) hintsShown[id] = n;
    return { hintsShown };
  } catch {
    return { hintsShown: {} };
  }
}

export function writeLocalState(root: string, state: LocalState): void {
  writeFileSync(statePath(root), `${JSON.stringify(state, null, 2)}\n`);
}
