package org.newsdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the process's memory use: live heap after a full collection, and the peak resident set from Linux. */
public final class MemoryProbe {

  private static final Logger LOG = LoggerFactory.getLogger(MemoryProbe.class);
  private static final Path STATUS = Path.of("/proc/self/status");

  private MemoryProbe() {
  }

  /** Returns the bytes of heap still in use after asking for full collections (a benchmark-only call). */
  public static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Returns the peak resident set size in bytes (VmHWM), or -1 where /proc is not available. */
  public static long peakResidentBytes() {
    if (!Files.isReadable(STATUS)) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
      return -1;
    } catch (IOException | NumberFormatException e) {
      LOG.warn("cannot read the peak resident set from {}: {}", STATUS, e.toString());
      return -1;
    }
  }
}
