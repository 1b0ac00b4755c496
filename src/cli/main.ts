import { runCli } from './program.js';

// The only place that decides the process's exit code (see DESIGN.md §6). No top-level
// await: the build makes this a CommonJS bundle, required by bin/storyboard.js.
void runCli(process.argv).then((code) => {
  process.exitCode = code;
});
