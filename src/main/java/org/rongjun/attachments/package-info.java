/**
 * Files attached to other modules' records: a person's photo, visit photos, evidence of a
 * grant application, a policy article's documents. The owning module decides who may see
 * or add a file (its permissions and data scope) and calls this module's API; this module
 * only keeps the bytes with their checksum, checks that the content really is one of the
 * accepted file types (a renamed HTML page is not a "photo") and enforces the size limit.
 * Files live in PostgreSQL so that backups, transactions and deletion of personal data
 * cover them like every other record.
 */
@ApplicationModule(displayName = "Attachments 附件", allowedDependencies = "shared")
@NullMarked
package org.rongjun.attachments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
