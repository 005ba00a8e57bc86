package org.rongjun.honors.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.honors.Recruit;
import org.rongjun.honors.RecruitImportResult;
import org.rongjun.honors.RecruitSendOff;
import org.rongjun.honors.RecruitSendOffDraft;
import org.rongjun.honors.RecruitSendOffs;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/honors/send-offs")
class SendOffController {

	private final RecruitSendOffs sendOffs;

	SendOffController(RecruitSendOffs sendOffs) {
		this.sendOffs = sendOffs;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('honors:send-off:manage')")
	RecruitSendOff create(@Valid @RequestBody RecruitSendOffDraft draft, RegionScope scope, Principal user) {
		return this.sendOffs.create(draft, scope, user.getName());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('honors:send-off:list')")
	PageResult<RecruitSendOff> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.sendOffs.list(scope, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('honors:send-off:list')")
	RecruitSendOff get(@PathVariable long id, RegionScope scope) {
		return this.sendOffs.get(id, scope);
	}

	@GetMapping("/{id}/recruits")
	@PreAuthorize("hasAuthority('honors:send-off:list')")
	List<Recruit> recruits(@PathVariable long id, RegionScope scope) {
		return this.sendOffs.recruits(id, scope);
	}

	@PostMapping("/{id}/recruits")
	@PreAuthorize("hasAuthority('honors:send-off:manage')")
	RecruitImportResult importRecruits(@PathVariable long id, @RequestPart("file") MultipartFile file,
			RegionScope scope) throws IOException {
		if (file.isEmpty()) {
			throw ProblemException.invalidField("file", "请选择要导入的文件");
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		return this.sendOffs.importRecruits(id, name, file.getBytes(), scope);
	}

	@PostMapping("/{id}/family-notification")
	@PreAuthorize("hasAuthority('honors:send-off:manage')")
	RecruitSendOff notifyFamilies(@PathVariable long id, @RequestBody(required = false) @Nullable Notification body,
			RegionScope scope) {
		return this.sendOffs.notifyFamilies(id, (body != null) ? body.notifiedOn() : null, scope);
	}

	@GetMapping("/recruit-template")
	@PreAuthorize("hasAuthority('honors:send-off:manage')")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		Format chosen = "csv".equalsIgnoreCase(format) ? Format.CSV : Format.XLSX;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("新兵名单模板." + chosen.name().toLowerCase(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType((chosen == Format.XLSX)
					? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(RecruitSendOffs.template(chosen));
	}

	record Notification(@Nullable LocalDate notifiedOn) {
	}

}
