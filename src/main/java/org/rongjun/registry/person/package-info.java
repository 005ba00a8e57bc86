/**
 * A person file (人员档案) as stored: the veteran table and its pinyin name keys, the checks
 * a form or roster row passes before it becomes a record, and the file's photo and
 * attachments. Internal: other modules use {@link org.rongjun.registry.VeteranRegistry}.
 */
@NullMarked
package org.rongjun.registry.person;

import org.jspecify.annotations.NullMarked;
