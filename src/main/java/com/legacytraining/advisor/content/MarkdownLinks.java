package com.legacytraining.advisor.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Which link addresses Markdown may use: https, http and mailto, and addresses on this site (no
 * scheme: {@code /faq}, {@code #section}). Any other scheme ({@code javascript:}, {@code data:},
 * {@code file:}) is refused when an admin saves the text, with a message beside the field, and a
 * link to one already stored is shown as its plain text: never a dead link that looks clickable.
 */
public final class MarkdownLinks {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("https", "http", "mailto");

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownLinks() {
    }

    /** Whether the text has a link to an address of a refused scheme. */
    public static boolean anyRefused(String markdown) {
        return markdown != null && !refused(PARSER.parse(markdown)).isEmpty();
    }

    /** Replaces each link of the document whose address is refused by its text, in place. */
    static void unlinkRefused(Node document) {
        for (Link link : refused(document)) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
    }

    /** Whether a link may lead to the address: one of the allowed schemes, or none. */
    static boolean allowed(String destination) {
        String address = destination == null ? "" : destination.strip();
        int colon = address.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String beforeColon = address.substring(0, colon);
        // A colon after a slash, ? or # is in a path, query or fragment of an address on this site.
        boolean scheme = beforeColon.chars().noneMatch(c -> c == '/' || c == '?' || c == '#');
        return !scheme || ALLOWED_SCHEMES.contains(beforeColon.toLowerCase(Locale.ROOT));
    }

    /** The links to refused addresses, found without recursion (a document may nest deeply). */
    private static List<Link> refused(Node document) {
        List<Link> links = new ArrayList<>();
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(document);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node instanceof Link link && !allowed(link.getDestination())) {
                links.add(link);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
            }
        }
        return links;
    }
}
