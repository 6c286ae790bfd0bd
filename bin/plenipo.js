#!/usr/bin/env node
// The installed entry point: the CLI is compiled to dist/ by `npm run build`
// (which `npm install` runs through the `prepare` script).
import '../dist/src/cli/main.js';
