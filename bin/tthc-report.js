#!/usr/bin/env node
'use strict';
// The command line runs the compiled lib/ (`npm run prepare`); every error is one plain line and exit 2.
let cli = null;
try {
  cli = require('../lib/cli/main.js');
} catch (e) {
  const missing = e && e.code === 'MODULE_NOT_FOUND' && /lib[\\/]cli[\\/]main\.js/.test(String(e.message));
  const line = String((e && e.message) || e).split('\n')[0];
  process.stderr.write(
    missing
      ? 'Chưa dựng công cụ dòng lệnh: chạy "npm run prepare" (hoặc "npm ci") trước. / The command line is not built: run "npm run prepare" (or "npm ci") first.\n'
      : `Lỗi không mong đợi khi nạp tthc-report: ${line}. Xin báo lỗi này. / Unexpected error loading tthc-report: ${line}. Please report it.\n`,
  );
  if (process.env.TTHC_DEBUG === '1' && e && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
if (cli) cli.run(process.argv.slice(2));
