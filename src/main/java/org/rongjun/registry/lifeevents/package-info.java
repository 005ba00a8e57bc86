/**
 * What happens to a person after registration: death (its effects on the household's
 * beneficiary records), transfer between regions (approved by the receiving side, with
 * the payment cut-over), age-trigger reminders and the annual confirmation campaign; and
 * the registry's open work on the workbench. Publishes the registry's life-event events.
 */
@NullMarked
package org.rongjun.registry.lifeevents;

import org.jspecify.annotations.NullMarked;
