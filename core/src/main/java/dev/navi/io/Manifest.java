package dev.navi.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An output set's {@code manifest.json}: which navi command wrote the set, from which inputs (each with its size and
 * SHA-256), with which options, and the size and SHA-256 of every file it wrote. It is how navi knows its own files
 * (it never deletes or overwrites a file a manifest does not list), how {@code navi verify} checks a set, and how navi
 * refuses to read its own outputs as inputs.
 *
 * <p>The run id is derived from the inputs' hashes and the options, not from the clock, so the same inputs and
 * options give the same manifest byte for byte (like every other output). Immutable.
 *
 * @param command the navi command that wrote the set ({@code analyze}, {@code metrics})
 * @param runId   16 hex digits of the SHA-256 over the inputs' hashes and the options
 * @param version navi's version
 * @param inputs  the input files read, in reading order
 * @param options the run's options as recorded in results.json's {@code run} block
 * @param files   every file of the set except the manifest itself, sorted by path ({@code /}-separated)
 */
public record Manifest(String command, String runId, String version, List<Entry> inputs, Map<String, Object> options,
                       List<Entry> files) {
    /** The manifest's file name in an output set. */
    public static final String NAME = "manifest.json";
    /**
     * The custom document property (docProps/custom.xml) that marks a .docx or .xlsx as written by navi; ingest refuses
     * such a file as an input.
     */
    public static final String OUTPUT_PROPERTY = "navi.output";
    /** The {@code tool} value that marks a navi manifest. */
    static final String TOOL = "navi";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        inputs = List.copyOf(inputs);
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        files = List.copyOf(files);
    }

    /**
     * One file: its path ({@code /}-separated, relative to the set for outputs, as given for inputs), size and hash.
     *
     * @param path   the path
     * @param size   bytes
     * @param sha256 lower-case hex
     */
    public record Entry(String path, long size, String sha256) {
    }

    /** The entry for {@code path}, if the manifest lists it. */
    public Optional<Entry> file(String path) {
        return files.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /** The manifest as JSON bytes (UTF-8, sorted as given, so deterministic). */
    public byte[] toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", TOOL);
        root.put("format", 1);
        root.put("command", command);
        root.put("runId", runId);
        root.put("toolVersion", version);
        root.put("inputs", inputs);
        root.put("options", options);
        root.put("files", files);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest not serialisable", e);
        }
    }

    /**
     * Reads a manifest.
     *
     * @return the manifest, or empty when the file is missing or is not a navi manifest
     * @throws IOException when it exists but cannot be read or parsed
     */
    public static Optional<Manifest> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a readable navi manifest (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !TOOL.equals(root.path("tool").asText())) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> options = root.has("options") ? JSON.convertValue(root.get("options"), LinkedHashMap.class) : Map.of();
        return Optional.of(new Manifest(root.path("command").asText(), root.path("runId").asText(),
                root.path("toolVersion").asText(), entries(root.get("inputs")), options, entries(root.get("files"))));
    }

    private static List<Entry> entries(JsonNode n) {
        List<Entry> out = new ArrayList<>();
        if (n != null) {
            for (JsonNode e : n) {
                out.add(new Entry(e.path("path").asText(), e.path("size").asLong(-1), e.path("sha256").asText()));
            }
        }
        return out;
    }

    /** The SHA-256 of a file's bytes, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The SHA-256 of a text, lower-case hex. */
    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
