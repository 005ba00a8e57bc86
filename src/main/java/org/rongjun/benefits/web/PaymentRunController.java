package org.rongjun.benefits.web;

import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.benefits.payment.BackPayRequest;
import org.rongjun.benefits.payment.BankFileFormat;
import org.rongjun.benefits.payment.PaymentLineView;
import org.rongjun.benefits.payment.PaymentRun;
import org.rongjun.benefits.payment.PaymentRunReports;
import org.rongjun.benefits.payment.PaymentRuns;
import org.rongjun.benefits.payment.PrepareRequest;
import org.rongjun.benefits.payment.UnpaidBeneficiaries;
import org.rongjun.benefits.payment.ReconciliationResult;
import org.rongjun.benefits.payment.RegionOnTime;
import org.rongjun.benefits.payment.ReviewComment;
import org.rongjun.benefits.payment.RunReview;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/benefits")
class PaymentRunController {

	private final PaymentRuns runs;

	private final PaymentRunReports reports;

	PaymentRunController(PaymentRuns runs, PaymentRunReports reports) {
		this.runs = runs;
		this.reports = reports;
	}

	@GetMapping("/runs")
	@PreAuthorize("hasAuthority('benefits:run:list')")
	PageResult<PaymentRun> list(@RequestParam(required = false) @Nullable BenefitType benefitType,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.reports.list(scope, benefitType, PageQuery.of(page, size));
	}

	@PostMapping("/runs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('benefits:run:prepare')")
	PaymentRun prepare(@Valid @RequestBody PrepareRequest request, RegionScope scope, Principal user) {
		return this.runs.prepare(request, scope, user.getName());
	}

	@GetMapping("/runs/{id}")
	@PreAuthorize("hasAuthority('benefits:run:list')")
	PaymentRun get(@PathVariable long id, RegionScope scope) {
		return this.reports.get(id, scope);
	}

	@GetMapping("/runs/{id}/lines")
	@PreAuthorize("hasAuthority('benefits:run:list')")
	PageResult<PaymentLineView> lines(@PathVariable long id, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.reports.lines(id, state, scope, PageQuery.of(page, size));
	}

	@GetMapping("/runs/{id}/unpaid")
	@PreAuthorize("hasAuthority('benefits:run:list')")
	UnpaidBeneficiaries unpaid(@PathVariable long id, RegionScope scope) {
		return this.reports.unpaid(id, scope);
	}

	@PostMapping("/runs/{id}/resume")
	@PreAuthorize("hasAuthority('benefits:run:prepare')")
	PaymentRun resume(@PathVariable long id, RegionScope scope, Principal user) {
		return this.runs.resume(id, scope, user.getName());
	}

	@PostMapping("/runs/{id}/approve")
	@PreAuthorize("hasAuthority('benefits:run:approve')")
	PaymentRun approve(@PathVariable long id, @Valid @RequestBody(required = false) @Nullable ReviewComment comment,
			RegionScope scope, Principal user) {
		return this.runs.approve(id, scope, user.getName(), (comment != null) ? comment.text() : null);
	}

	/** The checker sends the run back with a reason; its months are free again. */
	@PostMapping("/runs/{id}/reject")
	@PreAuthorize("hasAuthority('benefits:run:approve')")
	PaymentRun reject(@PathVariable long id, @Valid @RequestBody ReviewComment comment, RegionScope scope,
			Principal user) {
		return this.runs.reject(id, scope, user.getName(), comment.text());
	}

	@GetMapping("/runs/{id}/reviews")
	@PreAuthorize("hasAuthority('benefits:run:list')")
	List<RunReview> reviews(@PathVariable long id, RegionScope scope) {
		return this.reports.reviews(id, scope);
	}

	@PostMapping("/runs/{id}/cancel")
	@PreAuthorize("hasAuthority('benefits:run:prepare')")
	PaymentRun cancel(@PathVariable long id, RegionScope scope, Principal user) {
		return this.runs.cancel(id, scope, user.getName());
	}

	@PostMapping("/runs/{id}/export")
	@PreAuthorize("hasAuthority('benefits:run:export')")
	PaymentRun export(@PathVariable long id, RegionScope scope, Principal user) {
		return this.runs.export(id, scope, user.getName());
	}

	@GetMapping("/runs/{id}/bank-file")
	@PreAuthorize("hasAuthority('benefits:run:export')")
	ResponseEntity<StreamingResponseBody> bankFile(@PathVariable long id,
			@RequestParam(defaultValue = "CSV") BankFileFormat format, RegionScope scope) {
		this.reports.get(id, scope);
		StreamingResponseBody body = (out) -> this.reports.writeBankFile(id, format, scope, out);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, format.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"payment-run-" + id + format.extension() + "\"")
			.body(body);
	}

	/** The bank's return file as the request body (text/csv or text/plain, UTF-8). */
	@PostMapping(path = "/runs/{id}/bank-return", consumes = { "text/csv", "text/plain" })
	@PreAuthorize("hasAuthority('benefits:run:reconcile')")
	ReconciliationResult reconcile(@PathVariable long id, HttpServletRequest request, RegionScope scope, Principal user)
			throws java.io.IOException {
		return this.runs.reconcile(id, new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8), scope,
				user.getName());
	}

	@PostMapping("/runs/{id}/follow-up")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('benefits:run:prepare')")
	PaymentRun followUp(@PathVariable long id, RegionScope scope, Principal user) {
		return this.runs.followUp(id, scope, user.getName());
	}

	/**
	 * 补发 of the months a paused beneficiary was not paid (抚恤条例 Art 59), by the next run.
	 */
	@PostMapping("/back-pay")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('benefits:run:prepare')")
	void authorizeBackPay(@Valid @RequestBody BackPayRequest request, RegionScope scope, Principal user) {
		this.runs.authorizeBackPay(request, scope, user.getName());
	}

	@GetMapping("/on-time")
	@PreAuthorize("hasAuthority('benefits:kpi:list')")
	List<RegionOnTime> onTime(@RequestParam YearMonth from, @RequestParam YearMonth to, RegionScope scope) {
		return this.reports.onTime(scope, from.atDay(1), to.atDay(1));
	}

	@GetMapping(path = "/on-time.csv")
	@PreAuthorize("hasAuthority('benefits:kpi:list')")
	ResponseEntity<StreamingResponseBody> onTimeCsv(@RequestParam YearMonth from, @RequestParam YearMonth to,
			RegionScope scope) {
		List<RegionOnTime> rows = this.reports.onTime(scope, from.atDay(1), to.atDay(1));
		StreamingResponseBody body = (out) -> {
			PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writer.print("区划代码,区划,月份,应发,按时发放,逾期发放,发放失败,未发放\n");
			for (RegionOnTime row : rows) {
				writer
					.print(String.join(",", row.regionCode(), row.regionName(), YearMonth.from(row.month()).toString(),
							Long.toString(row.due()), Long.toString(row.paidOnTime()), Long.toString(row.paidLate()),
							Long.toString(row.failed()), Long.toString(row.outstanding())) + "\n");
			}
			writer.flush();
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"on-time.csv\"")
			.body(body);
	}

}
