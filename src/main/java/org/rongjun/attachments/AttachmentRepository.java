package org.rongjun.attachments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttachmentRepository {

	private static final String COLUMNS = """
			id, owner_kind, owner_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at
			""";

	private final JdbcClient jdbc;

	AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Attachment insert(AttachmentOwner owner, String fileName, String contentType, byte[] content, String sha256,
			String uploadedBy) {
		return this.jdbc.sql("""
				insert into attachments.attachment
				    (owner_kind, owner_id, file_name, content_type, size, sha256, content, uploaded_by)
				values (:kind, :owner, :name, :type, :size, :sha256, :content, :by)
				returning %s""".formatted(COLUMNS))
			.param("kind", owner.kind())
			.param("owner", owner.id())
			.param("name", fileName)
			.param("type", contentType)
			.param("size", content.length)
			.param("sha256", sha256)
			.param("content", content)
			.param("by", uploadedBy)
			.query((rs, row) -> map(rs))
			.single();
	}

	List<Attachment> findByOwner(AttachmentOwner owner) {
		return this.jdbc.sql("select " + COLUMNS + """
				from attachments.attachment where owner_kind = :kind and owner_id = :owner order by uploaded_at, id
				""").param("kind", owner.kind()).param("owner", owner.id()).query((rs, row) -> map(rs)).list();
	}

	Optional<Attachment> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from attachments.attachment where id = :id")
			.param("id", id)
			.query((rs, row) -> map(rs))
			.optional();
	}

	Optional<byte[]> content(UUID id) {
		return this.jdbc.sql("select content from attachments.attachment where id = :id")
			.param("id", id)
			.query(byte[].class)
			.optional();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from attachments.attachment where id = :id").param("id", id).update();
	}

	int deleteByOwner(AttachmentOwner owner) {
		return this.jdbc.sql("delete from attachments.attachment where owner_kind = :kind and owner_id = :owner")
			.param("kind", owner.kind())
			.param("owner", owner.id())
			.update();
	}

	private static Attachment map(ResultSet rs) throws SQLException {
		return new Attachment(rs.getObject("id", UUID.class),
				new AttachmentOwner(rs.getString("owner_kind"), rs.getString("owner_id")), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

}
