package com.legacytraining.advisor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;

/** Parses pages that tests fetched, so assertions can speak of headings and links, not strings. */
public final class Html {

    private Html() {
    }

    public static Document parse(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** The text a reader sees, whitespace folded, entities decoded. */
    public static String visibleText(MvcResult result) throws Exception {
        return parse(result).body().text();
    }
}
