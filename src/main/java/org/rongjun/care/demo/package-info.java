/**
 * Demo data for the embedded database: garrison units, key beneficiaries, visit plans,
 * visits with problems and a campaign in the demo county. Never runs on real data.
 */
@NullMarked
package org.rongjun.care.demo;

import org.jspecify.annotations.NullMarked;
