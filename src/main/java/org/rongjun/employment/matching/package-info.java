/**
 * Matching veterans and posts (hard filters, then an explained score), referrals tracked
 * to their outcome, the follow-ups on the workbench, and re-keying on merged files.
 */
@NullMarked
package org.rongjun.employment.matching;

import org.jspecify.annotations.NullMarked;
