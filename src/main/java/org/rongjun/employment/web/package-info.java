/** The employment module's HTTP API (docs/api.md "Employment"). */
@NullMarked
package org.rongjun.employment.web;

import org.jspecify.annotations.NullMarked;
