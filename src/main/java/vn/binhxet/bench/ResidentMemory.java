package vn.binhxet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The process's peak resident memory, as Linux tells it (VmHWM in /proc/self/status). */
final class ResidentMemory {
  private ResidentMemory() {}

  /** The peak in bytes; empty where the file is not there (not Linux) or says nothing of it. */
  static Optional<Long> peakBytes(Path status) {
    try {
      return peakBytes(Files.readAllLines(status, StandardCharsets.UTF_8));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  static Optional<Long> peakBytes(List<String> statusLines) {
    for (String line : statusLines) {
      if (line.startsWith("VmHWM:")) {
        String[] parts = line.substring("VmHWM:".length()).strip().split("\\s+");
        if (parts.length == 2 && parts[1].equals("kB")) {
          try {
            return Optional.of(Long.parseLong(parts[0]) * 1024);
          } catch (NumberFormatException e) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }
}
