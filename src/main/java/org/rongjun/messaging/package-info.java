/**
 * Greetings and notices to many people through real channels: SMS over SMPP, email over
 * SMTP, WeChat template messages and the in-app inbox. A campaign renders one template
 * per recipient into the outbox (one row per recipient, campaign and channel, so nobody
 * gets the same campaign twice on a channel); a scheduled dispatcher claims due rows,
 * sends them at each channel's rate, retries failures with exponential backoff and
 * records delivery receipts. Opt-outs (an SMS reply "TD", or staff on the person's
 * behalf) are honoured at enqueue and again right before sending. A campaign's audience
 * may be a registry selection, streamed from the registry when it is sent; a scheduled
 * tick makes the daily birthday and enlistment-anniversary greetings and sends scheduled
 * campaigns.
 * <p>
 * Nobody calls this module (it only reads the registry), so its root package publishes no
 * types: templates, campaigns, outbox and dispatch, the channels, greetings, opt-outs and
 * the inbox live in internal sub-packages, and the HTTP API in {@code web}.
 */
@ApplicationModule(displayName = "Messaging 消息", allowedDependencies = { "registry", "organization", "shared" })
@NullMarked
package org.rongjun.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
