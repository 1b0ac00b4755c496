import type { Io } from './io.js';
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

// stdin and the folder are read when a command asks: creating process.stdin costs start-up, and
// process.cwd() throws in a folder removed meanwhile, which only matters to the commands that look.
const io: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  get stdin() {
    return process.stdin;
  },
  get cwd() {
    return process.cwd();
  },
  env: process.env,
  argv: process.argv,
  now: () => new Date(),
};

void runCli(io).then((code) => {
  process.exitCode = code;
});
