/**
 * Beneficiary records (优抚对象): the categories a veteran or family member holds, their
 * payment attributes and every status change with its reason. Other modules add them
 * through {@link org.rongjun.registry.BeneficiaryService} and read them through the
 * published views.
 */
@NullMarked
package org.rongjun.registry.beneficiary;

import org.jspecify.annotations.NullMarked;
