declare module 'virtual:course-libs' {
  /** Path in the compiler's virtual file system → file text. */
  const files: Record<string, string>;
  export default files;
}
