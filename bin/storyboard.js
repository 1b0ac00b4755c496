#!/usr/bin/env node
// Node 22 and later keep the compiled code of storyboard's bundles between runs, in the system's
// temporary folder (Node 20 has no such cache, and simply compiles them).
require('node:module').enableCompileCache?.();
// With --debug, traces point at the TypeScript sources through the bundles' source maps.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
require('../dist/cli/storyboard.cjs');
