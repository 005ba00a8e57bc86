/**
 * Campaigns (消息活动): a template sent to a registry audience or to posted recipients; the
 * audience is queued in committed steps that any node can resume.
 */
@NullMarked
package org.rongjun.messaging.campaign;

import org.jspecify.annotations.NullMarked;
