/**
 * Peak resident memory of this process, in MiB. Each corpus size runs in its own process,
 * so the figure is that size's own peak, not the running maximum of the sizes before it.
 */
import fs from 'node:fs';

/** The kernel's high-water mark of this process's resident set. */
export function peakRssMb(): number {
  return Math.round((residentHighWaterKb() ?? process.resourceUsage().maxRSS) / 1024);
}

/**
 * VmHWM from /proc (Linux): unlike getrusage's maxRSS, it starts afresh at exec, so a child
 * does not inherit its parent's resident size from before the fork.
 */
function residentHighWaterKb(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
