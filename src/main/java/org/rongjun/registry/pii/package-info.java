/**
 * Personal numbers at rest (ADR 0007): SM4 encryption, HMAC-SM3 blind indexes for exact
 * search, masks for display, and the checks an ID, phone or bank number passes first. The
 * keys never leave this package; other modules get masked or, where the duty needs it,
 * decrypted values through the registry's API.
 */
@NullMarked
package org.rongjun.registry.pii;

import org.jspecify.annotations.NullMarked;
