package org.rongjun.shared;

import java.util.List;

/**
 * Each module declares the permissions its endpoints check as a bean of this type; the
 * identity module offers the union of them to role editors.
 */
public interface PermissionCatalog {

	List<PermissionDefinition> permissions();

}
