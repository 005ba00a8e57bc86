package org.rongjun.attachments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.ProblemException;
import org.rongjun.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class AttachmentsIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	final Attachments attachments;

	AttachmentsIntegrationTests(Attachments attachments) {
		this.attachments = attachments;
	}

	AttachmentOwner owner() {
		return new AttachmentOwner("test.record", UUID.randomUUID().toString().substring(0, 8));
	}

	@Test
	void aStoredFileComesBackByteForByteWithItsChecksumUnderItsOwner() {
		AttachmentOwner owner = owner();
		Attachment stored = this.attachments.store(owner, "C:\\照片\\走访.png", "text/html", new ByteArrayInputStream(PNG),
				"xitang.staff");

		assertThat(stored.fileName()).isEqualTo("走访.png");
		assertThat(stored.contentType()).isEqualTo("image/png");
		assertThat(stored.size()).isEqualTo(PNG.length);
		assertThat(stored.sha256()).hasSize(64);
		assertThat(this.attachments.list(owner)).containsExactly(stored);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.attachments.copyContent(stored.id(), out);
		assertThat(out.toByteArray()).isEqualTo(PNG);
	}

	@Test
	void contentThatDoesNotMatchItsExtensionIsRefused() {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.attachments.store(owner(), "photo.jpg", "image/jpeg", new ByteArrayInputStream(html),
					"xitang.staff"))
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo("UNSUPPORTED_FILE_TYPE"));
	}

	@Test
	void aFileOverTheConfiguredLimitIsRefusedWithoutStoringAnything() {
		AttachmentOwner owner = owner();
		byte[] big = new byte[11 * 1024 * 1024];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.attachments.store(owner, "big.pdf", null, new ByteArrayInputStream(big), "x"))
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo("FILE_TOO_LARGE"));
		assertThat(this.attachments.list(owner)).isEmpty();
	}

	@Test
	void aFileIsFoundOnlyThroughTheRecordItBelongsTo() {
		AttachmentOwner owner = owner();
		Attachment stored = this.attachments.store(owner, "a.png", null, new ByteArrayInputStream(PNG), "x");
		assertThat(this.attachments.get(stored.id(), owner)).isEqualTo(stored);
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.attachments.get(stored.id(), owner()))
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo("NOT_FOUND"));

		this.attachments.delete(stored.id());
		assertThat(this.attachments.list(owner)).isEmpty();
	}

}
