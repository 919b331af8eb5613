#!/usr/bin/env node
// The installed command: runs the compiled CLI (dist/) and exits with its code.
import { runCli } from '../dist/cli.js';

process.exitCode = await runCli(process.argv);
