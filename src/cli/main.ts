import { runCli } from './program.js';

// The only place that decides the process's exit code (see DESIGN.md §6).
process.exitCode = await runCli(process.argv);
