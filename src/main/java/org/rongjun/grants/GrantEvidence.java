package org.rongjun.grants;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.AttachmentOwner;
import org.rongjun.attachments.Attachments;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence of an application (证明材料: 医疗票据, 事故证明 …), kept by the attachments module.
 * Everyone who sees the application sees its files; files are added while the application
 * is open (under review or returned), so what a level decided on stays as it was, and
 * only the uploader removes a file, while it is open.
 */
@Service
@Transactional
public class GrantEvidence {

	static final String KIND = "grants.hardship-grant";

	private final HardshipGrants grants;

	private final Attachments attachments;

	GrantEvidence(HardshipGrants grants, Attachments attachments) {
		this.grants = grants;
		this.attachments = attachments;
	}

	@Transactional(readOnly = true)
	public List<Attachment> list(long grantId, RegionScope scope) {
		this.grants.get(grantId, scope);
		return this.attachments.list(owner(grantId));
	}

	public Attachment add(long grantId, String fileName, @Nullable String contentType, InputStream content,
			RegionScope scope, String username) {
		checkOpen(this.grants.get(grantId, scope));
		return this.attachments.store(owner(grantId), fileName, contentType, content, username);
	}

	@Transactional(readOnly = true)
	public Attachment get(long grantId, UUID attachmentId, RegionScope scope) {
		this.grants.get(grantId, scope);
		return this.attachments.get(attachmentId, owner(grantId));
	}

	public void remove(long grantId, UUID attachmentId, RegionScope scope, String username) {
		checkOpen(this.grants.get(grantId, scope));
		Attachment attachment = this.attachments.get(attachmentId, owner(grantId));
		if (!attachment.uploadedBy().equals(username)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "ACCESS_DENIED", "无权操作", "只能删除自己上传的材料");
		}
		this.attachments.delete(attachmentId);
	}

	private static void checkOpen(HardshipGrant grant) {
		if (grant.status() != GrantStatus.UNDER_REVIEW && grant.status() != GrantStatus.RETURNED) {
			throw ProblemException.conflict("申请已审结，材料不能再增删");
		}
	}

	private static AttachmentOwner owner(long grantId) {
		return AttachmentOwner.of(KIND, grantId);
	}

}
