#!/usr/bin/env node
require('../dist/cli/boot.cjs');
