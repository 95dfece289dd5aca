import type { ExerciseRef } from '../grader/client/grader-client';
import type { PythonExerciseRef } from '../grader/python/client/python-grader-client';
import type { TrackLanguage } from '../progress/progress-types';

/**
 * An exercise card's tracks, read from its markup (ExerciseCard.astro): the
 * TypeScript one always, the Python one where the exercise has it. Each has
 * its own starting code, hints, files and grader; the card shows the one the
 * learner chose (`html[data-language]`, see BaseLayout.astro and course.css).
 */
export interface CardTrack {
  language: TrackLanguage;
  stub: string;
  stubFingerprint: string;
  hints: HTMLElement[];
  solutionUrl: string;
  solutionHash: string;
  /** Its learner files, entry first: a project's several (each with its tab), or the one stub. */
  files: string[];
  /** A project's tabs for this track (none for a one-file track). */
  tabs: HTMLButtonElement[];
  /** Where the card names the file shown, in this track's words. */
  currentFileLabel: HTMLElement | null;
  /** What its grader needs: the TypeScript client's ExerciseRef or the Python client's. */
  ref: { language: 'typescript'; exercise: ExerciseRef } | { language: 'python'; exercise: PythonExerciseRef };
}

const startingCode = (card: HTMLElement, language: TrackLanguage) =>
  card.querySelector<HTMLTemplateElement>(`template.starting-code[data-language="${language}"]`)?.content.textContent ?? '';
const hintsOf = (card: HTMLElement, language: TrackLanguage) => [...card.querySelectorAll<HTMLElement>(`ol.hints[data-language="${language}"] [data-hint]`)];
/** A track's files (from `data-files`, entry first, on the card or its Python track), its tabs and its file label. */
const filesOf = (card: HTMLElement, language: TrackLanguage, listed: string | undefined, stubName: string) => {
  const files = (listed ?? '').split(' ').filter(Boolean);
  return {
    files: files.length > 1 ? files : [stubName],
    tabs: [...card.querySelectorAll<HTMLButtonElement>(`.file-tabs[data-language="${language}"] [role="tab"]`)],
    currentFileLabel: card.querySelector<HTMLElement>(`.file-name .track-${language} .current-file`),
  };
};

export function cardTracks(card: HTMLElement): Partial<Record<TrackLanguage, CardTrack>> {
  const id = card.dataset.exercise!;
  const timeoutMs = Number(card.dataset.timeoutMs);
  const tracks: Partial<Record<TrackLanguage, CardTrack>> = {
    typescript: {
      language: 'typescript',
      stub: startingCode(card, 'typescript'),
      stubFingerprint: card.dataset.stubFingerprint!,
      hints: hintsOf(card, 'typescript'),
      solutionUrl: card.dataset.solutionUrl!,
      solutionHash: card.dataset.solutionHash!,
      ...filesOf(card, 'typescript', card.dataset.files, card.dataset.stubName!),
      ref: {
        language: 'typescript',
        exercise: { id, stubName: card.dataset.stubName!, testUrl: card.dataset.testUrl!, testHash: card.dataset.testHash!, timeoutMs },
      },
    },
  };
  const python = card.querySelector<HTMLElement>('.python-track');
  if (python) {
    const data = python.dataset;
    tracks.python = {
      language: 'python',
      stub: startingCode(card, 'python'),
      stubFingerprint: data.stubFingerprint!,
      hints: hintsOf(card, 'python'),
      solutionUrl: data.solutionUrl!,
      solutionHash: data.solutionHash!,
      ...filesOf(card, 'python', data.files, data.stubName!),
      ref: {
        language: 'python',
        exercise: { id, stubName: data.stubName!, testName: data.testName!, testUrl: data.testUrl!, testHash: data.testHash!, timeoutMs },
      },
    };
  }
  return tracks;
}

/** Shows the chosen language on every card and lesson sample of the page (the CSS keys on this attribute). */
export function showLanguage(language: TrackLanguage): void {
  if (language === 'python') document.documentElement.dataset.language = 'python';
  else delete document.documentElement.dataset.language;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.language-choice [data-choose]')) {
    button.setAttribute('aria-pressed', String(button.dataset.choose === language));
  }
}
