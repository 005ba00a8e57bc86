/**
 * Message templates (消息模板): text with known {@code ${variable}} placeholders, scoped like
 * every record.
 */
@NullMarked
package org.rongjun.messaging.template;

import org.jspecify.annotations.NullMarked;
