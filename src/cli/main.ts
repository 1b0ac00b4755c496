import { runCli } from './program.js';

// The only place that decides the process's exit code (see DESIGN.md §6). No top-level
// await: the build makes this a CommonJS bundle, required by bin/storyboard.js.
// A reader that stops early (`storyboard --help | head -1`) closes the pipe: that is not an
// error to report, there is simply no one left to write to.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

void runCli(process.argv).then((code) => {
  process.exitCode = code;
});
