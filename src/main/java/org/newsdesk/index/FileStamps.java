package org.newsdesk.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The size and modification time of each corpus file at the last committed update, with the ids of its articles,
 * kept beside the index in {@code file-stamps.json}. Only a speed-up: a missing or unreadable file means every
 * corpus file is read again and compared by content hash.
 */
final class FileStamps {

  /** File name inside the index directory. */
  static final String FILE = "file-stamps.json";

  private static final Logger LOG = LoggerFactory.getLogger(FileStamps.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One file's stamp.
   *
   * @param size     size in bytes
   * @param modified modification time in milliseconds since the epoch
   * @param ids      ids of the articles read from it
   */
  record Stamp(long size, long modified, List<String> ids) {

    /** Freezes the id list. */
    Stamp {
      ids = List.copyOf(ids);
    }
  }

  private FileStamps() {
  }

  /** Reads the stamps of {@code indexDir}; empty when there are none or they cannot be read. */
  static Map<String, Stamp> read(Path indexDir) {
    Path file = indexDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      return Map.copyOf(JSON.readValue(file.toFile(), new TypeReference<Map<String, Stamp>>() { }));
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} cannot be read ({}); every corpus file will be read again", file, e.getMessage());
      return Map.of();
    }
  }

  /** Writes the stamps atomically (a temporary file moved into place), after the index commit they describe. */
  static void write(Path indexDir, Map<String, Stamp> stamps) throws IOException {
    Path tmp = indexDir.resolve(FILE + ".tmp");
    JSON.writeValue(tmp.toFile(), stamps);
    Files.move(tmp, indexDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
