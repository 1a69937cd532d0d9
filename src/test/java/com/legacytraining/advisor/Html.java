package com.legacytraining.advisor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;
import org.springframework.test.web.servlet.MvcResult;

/** Parses pages that tests fetched, so assertions can speak of headings and links, not strings. */
public final class Html {

    private Html() {
    }

    public static Document parse(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(), htmlAsBrowsersShowIt());
    }

    /** The text a reader sees, whitespace folded, entities decoded. */
    public static String visibleText(MvcResult result) throws Exception {
        return parse(result).body().text();
    }

    /**
     * jsoup counts ins and del (the changed words on compare and conflict pages) as blocks and pads
     * them with spaces in text(), "Bob 's text."; browsers show them inline, "Bob's text.".
     */
    private static Parser htmlAsBrowsersShowIt() {
        TagSet tags = TagSet.Html();
        tags.valueOf("ins", Parser.NamespaceHtml).clear(Tag.Block);
        tags.valueOf("del", Parser.NamespaceHtml).clear(Tag.Block);
        return Parser.htmlParser().tagSet(tags);
    }
}
