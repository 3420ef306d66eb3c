package vn.binhxet.service;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The first gate of an import: the bytes are JSON, the JSON is a conference file, the file is of a
 * version this app reads, and it follows {@code conference-file.schema.json}. Each gate reports
 * every problem it finds, and a later gate runs only when the earlier ones passed: a newer file's
 * schema errors would only bury the one problem that matters.
 */
final class ConferenceFileSchema {
  static final String RESOURCE = "/vn/binhxet/conference-file.schema.json";

  private final ObjectMapper mapper;
  private final Schema schema;

  ConferenceFileSchema(ObjectMapper mapper) {
    this.mapper = mapper;
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_PATH)
                        .formatAssertionsEnabled(true)
                        .build()));
    try (InputStream in = ConferenceFileSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the build: " + RESOURCE);
      }
      this.schema = registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file's JSON when it passes every gate.
   *
   * @throws InvalidInputException with the problems of the first gate that failed
   */
  JsonNode read(byte[] bytes) {
    ConferenceFileBytes.check(bytes);
    JsonNode tree;
    try {
      tree = mapper.readTree(bytes);
    } catch (StreamConstraintsException e) {
      throw refused(Problem.of("$", "file.limits"));
    } catch (JacksonException e) {
      if (e instanceof JsonEOFException || cutShort(e, bytes)) {
        throw refused(Problem.of("$", "file.truncated", line(e)));
      }
      throw refused(
          Problem.of(
              "$",
              "file.syntax",
              line(e),
              e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw refused(Problem.of("$", "file.empty"));
    }
    if (!tree.isObject() || !ConferenceFile.FORMAT.equals(tree.path("format").asText(null))) {
      throw refused(Problem.of("$.format", "file.foreign", ConferenceFile.FORMAT));
    }
    JsonNode version = tree.path("version");
    if (version.canConvertToLong() && version.asLong() > ConferenceFile.VERSION) {
      throw refused(
          Problem.of("$.version", "file.version.newer", version.asLong(), ConferenceFile.VERSION));
    }
    List<Problem> problems = new ArrayList<>();
    // One problem per place and reason: a failed "oneOf" can repeat the same complaint.
    for (com.networknt.schema.Error e : new LinkedHashSet<>(schema.validate(tree))) {
      Problem p = problem(e);
      if (!problems.contains(p)) {
        problems.add(p);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return tree;
  }

  /**
   * Whether the parser stopped in the file's last token: a file cut inside a word or a number is
   * refused as an unknown token or a broken list, not only as an early end.
   */
  private static boolean cutShort(JacksonException e, byte[] bytes) {
    long from = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
    if (from < 0) {
      return false;
    }
    for (long i = from; i < bytes.length; i++) {
      byte b = bytes[(int) i];
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == ',' || b == ':' || b == '}'
          || b == ']' || b == '{' || b == '[') {
        return false;
      }
    }
    return true;
  }

  private static int line(JacksonException e) {
    JsonLocation where = e.getLocation();
    return where == null ? 0 : where.getLineNr();
  }

  private static Problem problem(com.networknt.schema.Error e) {
    String at = e.getInstanceLocation().toString();
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    return switch (keyword) {
      case "required" -> Problem.of(at + "." + e.getProperty(), "file.schema.required");
      case "additionalProperties" ->
          Problem.of(at + "." + e.getProperty(), "file.schema.unknownField");
      case "type" -> Problem.of(at, "file.schema.type");
      case "enum", "const" -> Problem.of(at, "file.schema.value", shown(e.getInstanceNode()));
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
          Problem.of(at, "file.schema.range", shown(e.getInstanceNode()));
      case "pattern", "minLength" -> Problem.of(at, "file.schema.text");
      case "maxLength" ->
          Problem.of(
              at,
              "file.schema.tooLong",
              e.getInstanceNode() == null ? 0 : e.getInstanceNode().asText().length(),
              e.getSchemaNode() == null ? 0 : e.getSchemaNode().asInt());
      case "minItems" -> Problem.of(at, "file.schema.empty");
      case "format" -> Problem.of(at, "file.schema.format", shown(e.getInstanceNode()));
      default -> Problem.of(at, "file.schema.other", e.getMessage());
    };
  }

  private static String shown(JsonNode node) {
    return node == null ? "" : node.isTextual() ? node.asText() : node.toString();
  }

  private static InvalidInputException refused(Problem problem) {
    return new InvalidInputException(List.of(problem));
  }
}
