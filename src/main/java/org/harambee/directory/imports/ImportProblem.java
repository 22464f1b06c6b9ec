package org.harambee.directory.imports;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One problem of one row: the line it is on, the column (null for the row as a whole) and the message, as
 * message codes (most specific first) and arguments, so that it is shown in the reader's language.
 */
public record ImportProblem(int line, ImportColumn column, List<String> codes, List<String> arguments) {

    public ImportProblem {
        codes = List.copyOf(codes);
        arguments = List.copyOf(arguments);
    }

    /** A problem the import itself finds, with one message key. */
    static ImportProblem of(int line, ImportColumn column, String key, Object... arguments) {
        return new ImportProblem(line, column, List.of(key), Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /**
     * A problem the membership rules find. The import may word it for a file ({@code directory.import.problem.}
     * and the rule's code); otherwise the rule's own message is shown.
     */
    static ImportProblem ofRule(int line, ImportColumn column, String code, MessageSourceResolvable message) {
        List<String> codes = new java.util.ArrayList<>();
        codes.add("directory.import.problem." + code);
        codes.addAll(message.getCodes() == null ? List.of(code) : Arrays.asList(message.getCodes()));
        Object[] arguments = message.getArguments() == null ? new Object[0] : message.getArguments();
        return new ImportProblem(line, column, codes, Arrays.stream(arguments)
                .map(argument -> argument instanceof MessageSourceResolvable field ? lastCode(field)
                        : String.valueOf(argument)).toList());
    }

    private static String lastCode(MessageSourceResolvable resolvable) {
        String[] codes = resolvable.getCodes();
        return codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
    }

    /** The message, ready for a {@code MessageSource}. */
    public MessageSourceResolvable message() {
        return new DefaultMessageSourceResolvable(codes.toArray(String[]::new), arguments.toArray());
    }
}
