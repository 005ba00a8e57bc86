/**
 * Publicity (政策宣传): policy articles written by a bureau or station, published on chosen
 * channels (the staff portal, WeChat, an SMS summary) from a publish date, and read by
 * staff and veterans of that region and every region below it. The portal is this
 * application; the bureau's WeChat account and the SMS summary are sent by staff through
 * those channels (an SMS to a region's veterans is a messaging campaign, under
 * messaging's permissions), and the article records where it went. It publishes
 * {@link org.rongjun.publicity.ArticlePublished}; it sends nothing itself.
 */
@ApplicationModule(displayName = "Publicity 政策宣传", allowedDependencies = { "organization", "attachments", "shared" })
@NullMarked
package org.rongjun.publicity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
