import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Ordered, parseOrderedName } from './slugs';

/**
 * The one place that walks the course's folders and knows their order:
 * numeric prefixes give order, slugs give identity (`03-laziness`,
 * `02-take`, `01-eager-vs-lazy.mdx`). Everything that lists chapters,
 * lessons, review cards or exercises starts here, so they cannot disagree.
 * A name that breaks the rule is a problem, said in words that name it.
 */
export interface TreeNode extends Ordered {
  /** The folder or file name, e.g. `03-laziness`. */
  name: string;
  /** Path relative to the course root, with `/`, e.g. `content/03-laziness`. */
  path: string;
}

export interface ChapterNode extends TreeNode {
  /** `content/<NN-chapter>/<NN-lesson>.mdx`, in order. */
  lessons: TreeNode[];
  /** `content/<NN-chapter>/review.json`, when the chapter has one. */
  reviewFile: string | null;
}

export interface ExerciseNode extends TreeNode {
  chapter: TreeNode;
}

const byOrder = <T extends Ordered>(a: T, b: T) => a.order - b.order;

/** The names in `dir` that `keep` keeps, as ordered nodes; a name without the `NN-slug` form is a problem. */
function orderedEntries(root: string, dir: string, keep: (name: string, isDir: boolean) => boolean, rule: string, problems: string[]): TreeNode[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  const nodes: TreeNode[] = [];
  for (const name of readdirSync(full).sort()) {
    if (!keep(name, statSync(join(full, name)).isDirectory())) continue;
    const parsed = parseOrderedName(name.replace(/\.mdx$/, ''));
    if (parsed) nodes.push({ ...parsed, name, path: `${dir}/${name}` });
    else problems.push(`${dir}/${name}: ${rule}`);
  }
  return nodes.sort(byOrder);
}

const folders = (_: string, isDir: boolean) => isDir;

/** `content/`: chapters in order, each with its lessons in order and its review cards' file. */
export function walkContent(root: string): { chapters: ChapterNode[]; problems: string[] } {
  const problems: string[] = [];
  const chapters = orderedEntries(root, 'content', folders, 'chapter folders are named like "03-laziness"', problems).map((chapter) => {
    const lessons = orderedEntries(
      root,
      chapter.path,
      (name, isDir) => !isDir && name.endsWith('.mdx'),
      'lessons are named like "01-eager-vs-lazy.mdx"',
      problems,
    );
    const review = `${chapter.path}/review.json`;
    return { ...chapter, lessons, reviewFile: existsSync(join(root, review)) ? review : null };
  });
  return { chapters, problems };
}

/** `exercises/`: every exercise folder, by chapter order then exercise order. */
export function walkExercises(root: string): { exercises: ExerciseNode[]; problems: string[] } {
  const problems: string[] = [];
  const exercises = orderedEntries(root, 'exercises', folders, 'chapter folders are named like "03-laziness"', problems).flatMap((chapter) =>
    orderedEntries(root, chapter.path, folders, 'exercise folders are named like "02-take"', problems).map((exercise) => ({ ...exercise, chapter })),
  );
  return { exercises, problems };
}
