// Preloaded into benchmark child processes (`node --import`): prints the peak resident set size at exit,
// so the benchmark can report the memory of a real CLI run (worker threads included) without patching it.
process.on('exit', () => {
  const maxRssKiB = process.resourceUsage().maxRSS;
  process.stderr.write(`\n@@bench-max-rss-kib ${maxRssKiB}\n`);
});
