package org.rongjun.grants;

/** An item of the grant type list (补助类别), e.g. MEDICAL 医疗救助. */
public record GrantType(String code, String name, int sortOrder, boolean active) {
}
