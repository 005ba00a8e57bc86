/**
 * Each veteran's employment profile: status with its dated history, intentions, skills
 * and certificates. Age, education and service come from the registry's published view.
 */
@NullMarked
package org.rongjun.employment.seekers;

import org.jspecify.annotations.NullMarked;
