import { runCli } from './program.js';

// Traces point at the TypeScript sources, but only for those who asked to see them.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

// The only place that decides the process's exit code (see DESIGN.md §6).
process.exitCode = await runCli(process.argv);
