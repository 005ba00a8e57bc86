package org.rongjun.jobs;

/** A file a job produced, for download. */
public record JobFile(String name, String contentType, byte[] content) {
}
