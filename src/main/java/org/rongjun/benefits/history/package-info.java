/**
 * A person file's payment lines, newest first: read by staff on the file's 银行与发放 tab and
 * by the person themself on the portal, hence a named interface of the module.
 */
@NamedInterface("history")
@NullMarked
package org.rongjun.benefits.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
