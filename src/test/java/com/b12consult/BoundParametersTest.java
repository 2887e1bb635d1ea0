package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL is built only from fixed text: every piece joined with {@code +} to a piece of SQL in {@code store} is
 * another literal, a constant made of literals only, a quoted schema identifier ({@code quote(...)}), or a
 * fragment parameter ({@code where}, {@code selectOrDelete}) whose callers pass literals or conditions built
 * the same way. Values go in as bound parameters ({@code ?}). A grep-style reading of the source, shown able to
 * fail on the usual mistakes.
 */
class BoundParametersTest {
    private static final Path STORE = Path.of("src/main/java/com/b12consult/store");
    // Possessive (++, *+): the alternatives never overlap, and a long literal or call no longer recurses
    // once per character (a StackOverflowError on the longer SQL of the store).
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]++|\\\\.)*+\"");
    private static final Pattern SQL = Pattern.compile(
            "\\b(SELECT|INSERT INTO|UPDATE|DELETE|WHERE|FROM|VALUES|ORDER BY|LIMIT|JOIN|SET)\\b| AND | OR | IN \\(| = $|=\\s*'$");
    private static final String CALL = "(?:\\((?:[^()]++|\\((?:[^()]++|\\([^()]*+\\))*+\\))*+\\))?";
    private static final String OPERAND = "[A-Za-z_]\\w*" + CALL + "(?:\\.[A-Za-z_]\\w*" + CALL + ")*";
    /**
     * Also the SQL a dialect writes, from literals only: {@code sql.containsText("name_search")}, or from none at
     * all ({@code sql.idListRows()}: the dialect's own fixed text, which this test reads in Dialect.java too).
     */
    private static final Pattern SAFE = Pattern.compile(
            "[A-Z][A-Z0-9_]*|quote\\(.*\\)|(?:\\w+\\.)?where(?:\\(\\))?|selectOrDelete|sql\\.toString\\(\\)"
                    + "|(?:sql|dialect)\\.[a-z]\\w*\\(\\s*(?:\u00ab\\d+\u00bb(?:\\s*,\\s*\u00ab\\d+\u00bb)*)?\\s*\\)");

    /** The operands joined to SQL text that are none of the safe kinds, as "file: operand". */
    static List<String> unsafeJoins(String name, String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
        List<String> literals = new ArrayList<>();
        Matcher m = LITERAL.matcher(code);
        StringBuilder marked = new StringBuilder();
        while (m.find()) {
            literals.add(m.group());
            m.appendReplacement(marked, "\u00ab" + (literals.size() - 1) + "\u00bb");
        }
        m.appendTail(marked);
        String text = marked.toString();
        List<String> unsafe = new ArrayList<>();
        Pattern after = Pattern.compile("\u00ab(\\d+)\u00bb\\s*\\+\\s*(" + OPERAND + ")");
        Pattern before = Pattern.compile("(" + OPERAND + ")\\s*\\+\\s*\u00ab(\\d+)\u00bb");
        for (Matcher a = after.matcher(text); a.find(); ) {
            check(name, literals.get(Integer.parseInt(a.group(1))), a.group(2), unsafe);
        }
        for (Matcher b = before.matcher(text); b.find(); ) {
            check(name, literals.get(Integer.parseInt(b.group(2))), b.group(1), unsafe);
        }
        // constants used in SQL must themselves be literals only
        Matcher constant = Pattern.compile("static final String ([A-Z][A-Z0-9_]*)\\s*=\\s*([^;]*);").matcher(text);
        while (constant.find()) {
            String rest = constant.group(2).replaceAll("\u00ab\\d+\u00bb|\\+|\\s", "");
            if (!rest.isEmpty()) {
                unsafe.add(name + ": constant " + constant.group(1) + " is built from " + rest);
            }
        }
        return unsafe;
    }

    private static void check(String name, String literal, String operand, List<String> unsafe) {
        if (SQL.matcher(literal.substring(1, literal.length() - 1)).find() && !SAFE.matcher(operand).matches()) {
            unsafe.add(name + ": " + operand + " joined to " + literal);
        }
    }

    @Test
    void theStoreJoinsNoValueIntoSql() throws IOException {
        List<String> unsafe = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.list(STORE)) {
            for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                unsafe.addAll(unsafeJoins(f.getFileName().toString(), Files.readString(f)));
                files++;
            }
        }
        assertTrue(files > 15, "read the store's sources: " + files);
        assertEquals(List.of(), unsafe);
    }

    @Test
    void theReadingCatchesTheUsualMistakes() {
        assertEquals(1, unsafeJoins("Bad", "c.prepareStatement(\"SELECT * FROM patients WHERE name = '\" + name + \"'\");").size());
        assertEquals(1, unsafeJoins("Bad", "s.execute(\"DELETE FROM patients WHERE id = \" + p.id());").size());
        assertEquals(1, unsafeJoins("Bad", "String sql = \"SELECT x FROM t ORDER BY id LIMIT \" + limit;").size());
        assertEquals(1, unsafeJoins("Bad", "static final String COLUMNS = \"id, \" + userColumn;").size());
        assertEquals(List.of(), unsafeJoins("Good", "c.prepareStatement(\"SELECT \" + COLUMNS + \" FROM t WHERE id = ?\");"));
        assertEquals(List.of(), unsafeJoins("Good", "throw new StoreException(\"Cannot open \" + path + \": damaged\");"));
        assertEquals(List.of(), unsafeJoins("Good", "String w = \" AND id IN (\" + sql.idListRows() + \")\";"));
        assertEquals(1, unsafeJoins("Bad", "String w = \" AND \" + sql.containsText(column);").size());
        assertEquals(1, unsafeJoins("Bad", "String w = \" AND id IN (\" + sql.idListRows(ids) + \")\";").size());
    }
}
