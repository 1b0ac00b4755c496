// marked-terminal ships no types: the little storyboard uses of it, declared here.
declare module 'marked-terminal' {
  export function markedTerminal(options?: Record<string, unknown>): object;
}
