/**
 * Employers (合作企业、机关事业单位) and the posts they offer, with requirements, pay, openings and
 * validity. A record belongs to the office that keeps it: offices below it see it too.
 */
@NullMarked
package org.rongjun.employment.posts;

import org.jspecify.annotations.NullMarked;
