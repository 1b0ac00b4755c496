/** Exit codes of DESIGN.md §6. */
export const EXIT = { ok: 0, user: 1, usage: 2, interrupted: 130 } as const;
