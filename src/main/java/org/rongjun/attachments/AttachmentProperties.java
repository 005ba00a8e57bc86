package org.rongjun.attachments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code rongjun.attachments.max-size}: the largest file accepted (default 10MB). */
@ConfigurationProperties("rongjun.attachments")
record AttachmentProperties(DataSize maxSize) {

	AttachmentProperties {
		maxSize = (maxSize != null) ? maxSize : DataSize.ofMegabytes(10);
	}

}
