package com.legacytraining.advisor.content;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * How deeply Markdown may nest quotes and lists. Rendering walks the document recursively, so a
 * text of thousands of {@code >} would overflow the stack; such a text is refused when an admin
 * saves it (with a message beside the field), and never rendered as Markdown. With the fields'
 * length limits this also bounds how long rendering can take.
 */
public final class MarkdownLimits {

    /** The deepest nesting of block quotes and lists inside each other that is rendered. */
    public static final int MAX_NESTING = 16;

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownLimits() {
    }

    /** Whether the text nests deeper than {@link #MAX_NESTING}. */
    public static boolean tooDeep(String markdown) {
        return markdown != null && depth(PARSER.parse(markdown)) > MAX_NESTING;
    }

    static boolean tooDeep(Node document) {
        return depth(document) > MAX_NESTING;
    }

    /** How many block quotes and lists the deepest block sits in, counted without recursion. */
    static int depth(Node document) {
        int deepest = 0;
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            deepest = Math.max(deepest, depth);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + (child instanceof BlockQuote || child instanceof ListBlock ? 1 : 0));
            }
        }
        return deepest;
    }
}
