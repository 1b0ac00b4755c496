/** Where a problem sits in a file the user wrote: 1-based line and column. */
export interface SourcePosition {
  line: number;
  col: number;
}

/** One problem found in a user's file, already phrased in French for them. */
export interface Issue {
  message: string;
  /** A path such as `sequences[4].questions[1].id`, when the problem sits at a value. */
  path?: string;
  position?: SourcePosition;
}

/** 1: something in the user's files or folder to fix; 2: the command itself is misused. */
export type UserExitCode = 1 | 2;

/**
 * The tool's own error for anything the user can fix (a bad file, a missing project, a
 * misused command), thrown anywhere and caught once by the CLI's entry, which prints its issues
 * in French and exits with its code; anything else is a bug.
 */
export class StoryboardError extends Error {
  readonly issues: readonly Issue[];
  /** The file the issues are about, when there is one. */
  readonly file: string | undefined;
  readonly exitCode: UserExitCode;

  constructor(issues: Issue | readonly Issue[], file?: string, exitCode: UserExitCode = 1) {
    const list = Array.isArray(issues) ? issues : [issues as Issue];
    super(list.map((issue) => issue.message).join('\n'));
    this.name = 'StoryboardError';
    this.issues = list;
    this.file = file;
    this.exitCode = exitCode;
  }
}

/**
 * Whether `error` is a StoryboardError, told by its name: each command is bundled apart from the
 * code that reports failures, so the class it was made by may be another copy of this one.
 */
export function isStoryboardError(error: unknown): error is StoryboardError {
  return error instanceof Error && error.name === 'StoryboardError' && 'issues' in error && 'exitCode' in error;
}

/** Formats a path of keys and indexes as `sequences[4].questions[1].id`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}
