/** Every problem found in the course's files, each naming its file, so a build fails with all of them at once. */
export class CourseDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The course data has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CourseDataError';
  }
}
