package com.legacytraining.advisor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Property-based testing in a few lines: a property is checked against many inputs generated from a
 * seeded random source, and a failure names the try, the seed and the input (shrunk to a smaller one
 * that still fails), so it can be replayed and read. The seed is fixed, so every build checks the
 * same inputs; {@code -Dadvisor.seed=N} explores others. Tries are bounded so a property runs in
 * seconds.
 * <p>
 * The hostile values are the ones issue 9's testing found faults with: empty and blank text, control
 * characters and NUL, stray escapes, brackets and dots that look like property paths, numbers that
 * are not plain decimals, markup and template syntax, text in other scripts, and very long text.
 */
public final class Generated {

    /** Where every property's random source starts. */
    public static final long SEED = Long.getLong("advisor.seed", 20_261_128L);

    private static final List<String> HOSTILE = List.of("", " ", "\t\n", "\u0000", "%", "%00", "%z1", "+", "&", "=",
            "[", "]", "a[0]", "x.y.z", "class.module", "fields[x][y]", "options[x][y]", "0x10", "-1", "+1", "01",
            "1e9", "99999999999999999999", "NaN", "null", "true", "abc", "<script>alert(1)</script>",
            "\"><img src=x>", "' or 1=1 --", "${7*7}", "__${T(java.lang.Runtime).getRuntime()}__::x", "#{x}",
            "../../etc/passwd", "\u202Eevil", "e\u0301", "\uD83D\uDE00", "Zoë's café", "\r\n", "\\");
    private static final int MAX_SHRINK_STEPS = 200;

    /** A property of one input; it fails by throwing. */
    @FunctionalInterface
    public interface Property<T> {

        void check(T input) throws Exception;
    }

    private Generated() {
    }

    /** Checks the property against {@code tries} generated inputs. */
    public static <T> void forAll(int tries, Function<Random, T> generator, Property<T> property) {
        forAll(tries, generator, input -> Stream.empty(), property);
    }

    /**
     * Checks the property against {@code tries} generated inputs; a failing input is shrunk with
     * {@code smaller}, which offers smaller inputs to try instead, until none of them fails.
     */
    public static <T> void forAll(int tries, Function<Random, T> generator, Function<T, Stream<T>> smaller,
            Property<T> property) {
        Random random = new Random(SEED);
        for (int attempt = 1; attempt <= tries; attempt++) {
            T input = generator.apply(random);
            Throwable failure = failure(property, input);
            if (failure != null) {
                T smallest = input;
                int steps = 0;
                for (boolean shrunk = true; shrunk && steps < MAX_SHRINK_STEPS;) {
                    shrunk = false;
                    for (T candidate : (Iterable<T>) smaller.apply(smallest)::iterator) {
                        Throwable candidateFailure = failure(property, candidate);
                        if (candidateFailure != null) {
                            smallest = candidate;
                            failure = candidateFailure;
                            shrunk = true;
                            steps++;
                            break;
                        }
                    }
                }
                throw new AssertionError("Falsified on try " + attempt + " of " + tries + " (seed " + SEED
                        + ", -Dadvisor.seed=" + SEED + " replays it) by " + shown(smallest)
                        + (steps > 0 ? ", shrunk in " + steps + " steps from " + shown(input) : "") + ":\n"
                        + failure.getMessage(), failure);
            }
        }
    }

    private static <T> Throwable failure(Property<T> property, T input) {
        try {
            property.check(input);
            return null;
        } catch (Exception | AssertionError failure) {
            return failure;
        }
    }

    /** Smaller versions of request parameters: one parameter fewer, one name or value halved. */
    public static Stream<Map<String, List<String>>> smallerParameters(Map<String, List<String>> parameters) {
        List<Map<String, List<String>>> candidates = new ArrayList<>();
        for (String name : parameters.keySet()) {
            Map<String, List<String>> fewer = new LinkedHashMap<>(parameters);
            fewer.remove(name);
            candidates.add(fewer);
        }
        parameters.forEach((name, values) -> {
            for (String half : halves(name)) {
                if (!parameters.containsKey(half)) {
                    Map<String, List<String>> renamed = new LinkedHashMap<>();
                    parameters.forEach((other, otherValues) -> renamed.put(other.equals(name) ? half : other, otherValues));
                    candidates.add(renamed);
                }
            }
            for (int i = 0; i < values.size(); i++) {
                for (String half : halves(values.get(i))) {
                    List<String> shorter = new ArrayList<>(values);
                    shorter.set(i, half);
                    Map<String, List<String>> changed = new LinkedHashMap<>(parameters);
                    changed.put(name, shorter);
                    candidates.add(changed);
                }
            }
        });
        return candidates.stream();
    }

    /** The two halves of a text, split between code points; none for text of one code point or less. */
    private static List<String> halves(String text) {
        if (text == null || text.codePointCount(0, text.length()) < 2) {
            return List.of();
        }
        int middle = text.offsetByCodePoints(0, text.codePointCount(0, text.length()) / 2);
        return List.of(text.substring(0, middle), text.substring(middle));
    }

    /** Text a hostile or careless client might send: mostly short, sometimes very long. */
    public static String hostileText(Random random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> HOSTILE.get(random.nextInt(HOSTILE.size()));
            case 4 -> HOSTILE.get(random.nextInt(HOSTILE.size())) + HOSTILE.get(random.nextInt(HOSTILE.size()));
            case 5, 6, 7 -> anyText(random, 1 + random.nextInt(40));
            case 8 -> anyText(random, 200 + random.nextInt(2000));
            default -> "x".repeat(10_000 + random.nextInt(60_000));
        };
    }

    /** Characters from everywhere: ASCII, controls, Latin, right-to-left, combining marks, emoji (whole pairs). */
    public static String anyText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(8)) {
                case 0 -> text.append((char) random.nextInt(32));
                case 1 -> text.append((char) (0xA0 + random.nextInt(0x100)));
                case 2 -> text.append((char) (0x0590 + random.nextInt(0x100)));
                case 3 -> text.append((char) (0x0300 + random.nextInt(0x70)));
                case 4 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                default -> text.append((char) (32 + random.nextInt(95)));
            }
        }
        return text.toString();
    }

    /** One of the values, chosen at random. */
    public static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The input for a failure message: long text cut, invisible characters made visible. */
    static String shown(Object input) {
        String text = String.valueOf(input);
        text = text.codePoints().mapToObj(point -> point < 32 || point == 0x7F || point == 0x202E
                ? String.format("\\u%04x", point) : new String(Character.toChars(point)))
                .collect(Collectors.joining());
        return text.length() > 600 ? text.substring(0, 600) + "... (" + text.length() + " characters)" : text;
    }
}
