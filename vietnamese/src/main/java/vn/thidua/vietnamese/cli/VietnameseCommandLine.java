package vn.thidua.vietnamese.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command line of the project speaks Vietnamese: the help's fixed words come from a resource bundle,
 * and a mistake on the command line is told in Vietnamese. picocli's own messages are English and it has
 * no bundle for them, so the mistakes it knows are worded here from its typed exceptions.
 */
public final class VietnameseCommandLine {

    private static final ResourceBundle USAGE = ResourceBundle.getBundle("vn.thidua.vietnamese.cli.usage", Locale.ROOT);

    private VietnameseCommandLine() {
    }

    /** A command line for {@code command} (and its subcommands) with the Vietnamese help words. */
    public static CommandLine of(Object command) {
        CommandLine cli = new CommandLine(command);
        cli.setResourceBundle(USAGE);
        return cli;
    }

    /** What was wrong with the command line, in Vietnamese; a message the project wrote itself is kept. */
    public static String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return "thiếu " + missing.getMissing().stream().map(VietnameseCommandLine::label)
                    .collect(Collectors.joining(", ")) + " (bắt buộc)";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String message = "không hiểu " + quoted(unmatched.getUnmatched());
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? message : message + "; có phải là " + String.join(" hoặc ", suggestions) + "?";
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return label(overwritten.getOverwritten()) + " được cho nhiều lần; chỉ cho một lần";
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException && e.getArgSpec() != null) {
            return "giá trị không hợp lệ cho " + label(e.getArgSpec()) + ": '" + e.getValue() + "' (cần "
                    + expected(e.getArgSpec().type()) + ")";
        }
        if (e.getClass() == CommandLine.ParameterException.class && e.getArgSpec() == null) {
            return e.getMessage();
        }
        return "tham số không hợp lệ: " + e.getMessage();
    }

    private static String label(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return arg.arity().max() == 0 ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return arg.paramLabel();
    }

    private static String quoted(List<String> arguments) {
        return arguments.stream().map(a -> "'" + a + "'").collect(Collectors.joining(" "));
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "một số nguyên";
        }
        if (type == double.class || type == Double.class) {
            return "một số";
        }
        if (type == LocalDate.class) {
            return "một ngày yyyy-MM-dd";
        }
        if (type == Path.class) {
            return "một đường dẫn";
        }
        if (type.isEnum()) {
            return "một trong: " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> String.valueOf(c).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        return "giá trị kiểu " + type.getSimpleName();
    }
}
