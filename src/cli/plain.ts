/**
 * Plain mode: one question at a time as plain lines, no colour, no cursor movement and no
 * redrawing, for screen readers and terminals that cannot move the cursor. Asked for with
 * --plain, and taken when TERM=dumb (such a terminal shows escape codes as garbage).
 */
export function plainMode({ argv, env }: { argv: readonly string[]; env: NodeJS.ProcessEnv }): boolean {
  return argv.includes('--plain') || env.TERM === 'dumb';
}
