declare module 'virtual:course-libs' {
  /** Path in the compiler's virtual file system → file text. */
  const files: Record<string, string>;
  export default files;
}

declare module '*.py?raw' {
  /** A Python source file's text (Vite's ?raw): the browser's Python harness. */
  const text: string;
  export default text;
}
