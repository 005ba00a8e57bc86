/**
 * Publicity (政策宣传): policy articles written by a bureau or station, published on chosen
 * channels (the staff portal, WeChat, an SMS summary) from a publish date, and read by
 * staff and veterans of that region and every region below it. It publishes
 * {@link org.rongjun.publicity.ArticlePublished} so that messaging can push the WeChat
 * and SMS versions; it sends nothing itself.
 */
@ApplicationModule(displayName = "Publicity 政策宣传", allowedDependencies = { "organization", "attachments", "shared" })
@NullMarked
package org.rongjun.publicity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
