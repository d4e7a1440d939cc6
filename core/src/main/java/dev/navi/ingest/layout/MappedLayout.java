package dev.navi.ingest.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.navi.ingest.InputException;
import dev.navi.ingest.parse.DateOrder;
import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;
import dev.navi.model.Patent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A layout defined by a user mapping file (YAML or JSON), for exports navi does not know:
 *
 * <pre>
 * name: my-office-export        # shown as the layout "mapping:my-office-export"
 * separator: ";"                # multi-value separator inside a cell (default ";")
 * dateFormat: "dd.MM.yyyy"      # java.time pattern; or dateOrder: DMY | MDY | YMD (default YMD)
 * columns:                      # column name in the export -> canonical field (see navi's README)
 *   "Pub. No.": publicationNumber
 *   "Title": title
 *   "Owner": applicants
 * </pre>
 *
 * The header is recognised when every mapped column is present; a matching mapping wins over the built-in
 * layouts. Column delimiter and encoding are detected as for every text file.
 */
public final class MappedLayout extends ColumnLayout {
    private final DateTimeFormatter dateFormat;
    private final DateOrder dateOrder;

    private MappedLayout(String name, List<Column> columns, DateTimeFormatter dateFormat, DateOrder dateOrder) {
        super("mapping:" + name, "user mapping '" + name + "'",
                columns.stream().map(c -> List.of(c.names().get(0))).toList(), columns);
        this.dateFormat = dateFormat;
        this.dateOrder = dateOrder;
    }

    /**
     * Reads a mapping file.
     *
     * @throws InputException naming the file and the entry when the mapping is unreadable or wrong
     */
    public static MappedLayout load(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            ObjectMapper m = name.toLowerCase(Locale.ROOT).endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
            root = m.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(name, "cannot read the mapping file: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InputException(name, "a mapping file must be a YAML/JSON object with a 'columns' map");
        }
        JsonNode cols = root.get("columns");
        if (cols == null || !cols.isObject() || cols.isEmpty()) {
            throw new InputException(name, "'columns' is missing or empty: map each export column to a canonical field, "
                    + "e.g. columns: {\"Pub. No.\": publicationNumber}");
        }
        String layoutName = text(root, "name", fileStem(file));
        Splitter splitter = Splitter.of(text(root, "separator", ";"));
        DateTimeFormatter fmt = null;
        String pattern = text(root, "dateFormat", null);
        if (pattern != null) {
            try {
                fmt = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new InputException(name, "dateFormat '" + pattern + "' is not a valid date pattern: " + e.getMessage());
            }
        }
        DateOrder order;
        try {
            order = DateOrder.valueOf(text(root, "dateOrder", "YMD").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(name, "dateOrder must be one of " + Arrays.toString(DateOrder.values()));
        }
        List<Column> columns = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : cols.properties()) {
            String target = e.getValue().asText();
            Field f = Field.byKey(target).orElseThrow(() -> new InputException(name, "columns: '" + e.getKey()
                    + "' maps to unknown field '" + target + "'; known fields: "
                    + Arrays.stream(Field.values()).map(Field::key).collect(Collectors.joining(", "))));
            columns.add(new Column(f, readFor(f, fmt != null), splitter, List.of(e.getKey())));
        }
        return new MappedLayout(layoutName, columns, fmt, order);
    }

    private static Column.Read readFor(Field f, boolean customDates) {
        switch (f) {
            case PUBLICATION_NUMBER:
                return Column.Read.PUBLICATION_NUMBER;
            case APPLICATION_NUMBER:
                return Column.Read.APPLICATION_NUMBER;
            case PRIORITY_NUMBERS:
                return Column.Read.PRIORITIES;
            case LEGAL_STATUS:
            case LEGAL_STATUS_TEXT:
                return Column.Read.LEGAL_STATUS;
            default:
                break;
        }
        switch (f.kind()) {
            case LIST:
                return Column.Read.LIST;
            case DATE:
                return customDates ? Column.Read.CUSTOM : Column.Read.DATE;
            case INT:
                return Column.Read.COUNT;
            case DECIMAL:
                return Column.Read.DECIMAL;
            case TYPE:
                return Column.Read.PATENT_TYPE;
            default:
                return Column.Read.TEXT;
        }
    }

    @Override
    public int match(Header header) {
        int base = super.match(header);
        return base == 0 ? 0 : 10_000 + base; // an explicit mapping beats the built-in layouts
    }

    @Override
    protected DateOrder dateOrder() {
        return dateOrder;
    }

    @Override
    protected void readCustom(Column column, String value, Patent.Builder builder) {
        try {
            LocalDate d = LocalDate.parse(value.strip(), dateFormat);
            ColumnRowMapper.setIfAbsent(builder, column.field(), d);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date in the mapping's dateFormat: '" + value + "'");
        }
    }

    private static String text(JsonNode root, String key, String dflt) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() ? dflt : n.asText();
    }

    private static String fileStem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
