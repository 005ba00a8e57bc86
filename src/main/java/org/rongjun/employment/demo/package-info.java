/** Demo employers, posts, profiles and a referral for the demo county (嘉善县). */
@NullMarked
package org.rongjun.employment.demo;

import org.jspecify.annotations.NullMarked;
