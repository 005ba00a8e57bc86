package org.rongjun.messaging.template;

/**
 * A template rendered with sample (or given) values: the title, the text, its length and
 * how many SMS parts it takes in UCS2 (70 characters in one part, 67 per part when
 * split).
 */
public record TemplatePreview(String title, String text, int length, int smsParts) {
}
