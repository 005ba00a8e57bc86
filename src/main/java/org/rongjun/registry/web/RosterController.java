package org.rongjun.registry.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.rongjun.registry.VeteranSearch;
import org.rongjun.registry.roster.VeteranExport;
import org.rongjun.registry.roster.VeteranImport;
import org.rongjun.shared.AuditNote;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Rosters in (import jobs) and out (exports of a search). */
@RestController
@RequestMapping("/api/registry")
class RosterController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final VeteranImport imports;

	private final VeteranExport exports;

	RosterController(VeteranImport imports, VeteranExport exports) {
		this.imports = imports;
		this.exports = exports;
	}

	@GetMapping("/imports/template")
	@PreAuthorize("hasAuthority('registry:veteran:import')")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		Format chosen = format(format);
		return attachment("退役军人信息导入模板." + chosen.name().toLowerCase(), chosen).body(this.imports.template(chosen));
	}

	@PostMapping("/imports")
	@PreAuthorize("hasAuthority('registry:veteran:import')")
	ResponseEntity<Map<String, Long>> start(@RequestPart("file") MultipartFile file, RegionScope scope, Principal user)
			throws IOException {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		if (file.isEmpty()) {
			throw ProblemException.invalidField("file", "请选择要导入的文件");
		}
		if (!name.toLowerCase().endsWith(".xlsx") && !name.toLowerCase().endsWith(".csv")) {
			throw ProblemException.invalidField("file", "只支持 .xlsx 或 .csv 文件");
		}
		// Spooled to a temp file, not held as byte[]: the import streams it from disk.
		Path upload = Files.createTempFile("roster-", name.toLowerCase().endsWith(".csv") ? ".csv" : ".xlsx");
		try {
			file.transferTo(upload);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(upload);
			throw ex;
		}
		long jobId = this.imports.start(name, upload, scope, user.getName());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId));
	}

	@GetMapping("/veterans/export")
	@PreAuthorize("hasAuthority('registry:veteran:export')")
	ResponseEntity<StreamingResponseBody> export(VeteranSearch search,
			@RequestParam(defaultValue = "xlsx") String format, RegionScope scope, Authentication user,
			HttpServletRequest request) {
		Format chosen = format(format);
		boolean fullNumbers = user.getAuthorities()
			.stream()
			.anyMatch((authority) -> "registry:veteran:reveal".equals(authority.getAuthority()));
		request.setAttribute(AuditNote.ATTRIBUTE, fullNumbers ? "export full numbers" : "export masked");
		StreamingResponseBody body = (output) -> this.exports.export(search, scope, fullNumbers, chosen, output);
		return attachment("退役军人名册-" + LocalDate.now() + "." + chosen.name().toLowerCase(), chosen).body(body);
	}

	private static ResponseEntity.BodyBuilder attachment(String fileName, Format format) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType((format == Format.XLSX) ? MediaType.parseMediaType(XLSX)
					: new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	private static Format format(@Nullable String format) {
		if ("csv".equalsIgnoreCase(format)) {
			return Format.CSV;
		}
		if ("xlsx".equalsIgnoreCase(format)) {
			return Format.XLSX;
		}
		throw ProblemException.invalidField("format", "格式只能是 xlsx 或 csv");
	}

}
