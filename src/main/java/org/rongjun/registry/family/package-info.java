/**
 * A veteran's family members (家庭成员): the people survivor and dependant categories are
 * held by, with their own encrypted numbers.
 */
@NullMarked
package org.rongjun.registry.family;

import org.jspecify.annotations.NullMarked;
