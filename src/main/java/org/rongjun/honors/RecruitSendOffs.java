package org.rongjun.honors;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.spreadsheet.RowHandler;
import org.rongjun.shared.spreadsheet.SpreadsheetWriter;
import org.rongjun.shared.spreadsheet.Spreadsheets;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruit send-offs (欢送新兵入伍): the ceremony, its recruits from an imported list, and the
 * families told. Every recruit's family becomes a conscript family and is queued for a
 * glory plaque at once (国办发〔2018〕72号 Art 2: 现役军人家庭), sharing the household of any veteran
 * living at the same address.
 */
@Service
@Transactional
public class RecruitSendOffs {

	/**
	 * A recruit list is one township's or county's intake, never a roster of thousands.
	 */
	static final int MAX_ROWS = 2000;

	static final List<String> HEADERS = List.of("姓名", "户籍区划代码", "家庭住址", "家属姓名", "与新兵关系", "入伍部队");

	private final RecruitSendOffRepository sendOffs;

	private final GloryPlaques plaques;

	private final RegionDirectory regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecruitSendOffs(RecruitSendOffRepository sendOffs, GloryPlaques plaques, RegionDirectory regions,
			ApplicationEventPublisher events, Clock clock) {
		this.sendOffs = sendOffs;
		this.plaques = plaques;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	public RecruitSendOff create(RecruitSendOffDraft draft, RegionScope scope, String username) {
		String region = draft.regionCode().strip();
		if (!RegionCode.isValid(region) || !this.regions.isCurrent(region)) {
			throw ProblemException.invalidField("regionCode", "所选区划不存在或已撤销");
		}
		if (!scope.contains(region)) {
			throw ProblemException.outOfScope("只能在您的数据范围内组织欢送活动");
		}
		return get(this.sendOffs.insert(draft, username), scope);
	}

	@Transactional(readOnly = true)
	public RecruitSendOff get(long id, RegionScope scope) {
		RecruitSendOff sendOff = this.sendOffs.find(id, scope)
			.orElseThrow(() -> ProblemException.notFound("欢送活动不存在或不在您的数据范围内"));
		return sendOff.withRegionName(this.regions.nameOf(sendOff.regionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<RecruitSendOff> list(RegionScope scope, PageQuery page) {
		PageResult<RecruitSendOff> found = this.sendOffs.list(scope, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(RecruitSendOff::regionCode).toList());
		return found.map((s) -> s.withRegionName(names.getOrDefault(s.regionCode(), s.regionCode())));
	}

	@Transactional(readOnly = true)
	public List<Recruit> recruits(long id, RegionScope scope) {
		get(id, scope);
		return this.sendOffs.recruits(id);
	}

	/** Records that the recruits' families were told of the send-off. */
	public RecruitSendOff notifyFamilies(long id, @Nullable LocalDate on, RegionScope scope) {
		get(id, scope);
		LocalDate day = (on != null) ? on : LocalDate.now(this.clock);
		if (day.isAfter(LocalDate.now(this.clock))) {
			throw ProblemException.invalidField("notifiedOn", "通知日期不能晚于今天");
		}
		this.sendOffs.notifyFamilies(id, day);
		return get(id, scope);
	}

	/**
	 * Adds the recruits of a list (.xlsx or .csv with the {@link #HEADERS} columns). Each
	 * row is checked on its own; rows outside the send-off's region or the caller's scope
	 * are refused, the others are added and their families queued for a plaque.
	 */
	public RecruitImportResult importRecruits(long id, String fileName, byte[] content, RegionScope scope) {
		RecruitSendOff sendOff = get(id, scope);
		Format format;
		try {
			format = Format.of(fileName);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.badRequest(ex.getMessage());
		}
		RegionScope area = RegionScope.of(RegionCode.of(sendOff.regionCode()));
		List<RecruitImportResult.RejectedRow> rejected = new ArrayList<>();
		List<RecruitsSentOff.SentOffRecruit> added = new ArrayList<>();
		Map<String, Integer> columns = new HashMap<>();
		Spreadsheets.read(new ByteArrayInputStream(content), format, new RowHandler() {

			@Override
			public void header(List<String> names) {
				for (int i = 0; i < names.size(); i++) {
					columns.put(names.get(i).strip(), i);
				}
				for (String required : HEADERS.subList(0, 3)) {
					if (!columns.containsKey(required)) {
						throw ProblemException.badRequest("缺少“" + required + "”列，请使用模板");
					}
				}
			}

			@Override
			public boolean row(int rowNumber, List<String> cells) {
				if (rowNumber - 1 > MAX_ROWS) {
					throw ProblemException.badRequest("名单不能超过" + MAX_ROWS + "行");
				}
				String name = cell(cells, columns, "姓名");
				String region = cell(cells, columns, "户籍区划代码");
				String address = cell(cells, columns, "家庭住址");
				if (name == null && region == null && address == null) {
					return true;
				}
				String reason = check(name, region, address, area, scope);
				if (reason != null) {
					rejected.add(new RecruitImportResult.RejectedRow(rowNumber, (name != null) ? name : "", reason));
					return true;
				}
				String code = RegionCode.of(region).value();
				Optional<Long> recruit = RecruitSendOffs.this.sendOffs.insertRecruit(id, name, code, address,
						cell(cells, columns, "家属姓名"), cell(cells, columns, "与新兵关系"), cell(cells, columns, "入伍部队"));
				if (recruit.isEmpty()) {
					rejected.add(new RecruitImportResult.RejectedRow(rowNumber, name, "名单中已有该新兵"));
					return true;
				}
				long household = RecruitSendOffs.this.plaques.queueConscriptFamily(name, code, address);
				RecruitSendOffs.this.sendOffs.linkHousehold(recruit.get(), household);
				added.add(new RecruitsSentOff.SentOffRecruit(recruit.get(), name, code, address));
				return true;
			}

		});
		if (!added.isEmpty()) {
			this.events.publishEvent(new RecruitsSentOff(id, sendOff.regionCode(), sendOff.sendOffOn(), added));
		}
		return new RecruitImportResult(added.size(), rejected);
	}

	private @Nullable String check(@Nullable String name, @Nullable String region, @Nullable String address,
			RegionScope area, RegionScope scope) {
		if (name == null || name.length() > 50) {
			return "姓名为空或超过50个字";
		}
		if (address == null || address.length() > 200) {
			return "家庭住址为空或超过200个字";
		}
		if (region == null || !RegionCode.isValid(region) || !this.regions.isCurrent(RegionCode.of(region).value())) {
			return "户籍区划代码不存在或已撤销";
		}
		String code = RegionCode.of(region).value();
		if (!area.contains(code) || !scope.contains(code)) {
			return "不在本次欢送活动或您的数据范围内";
		}
		return null;
	}

	private static @Nullable String cell(List<String> cells, Map<String, Integer> columns, String header) {
		Integer index = columns.get(header);
		if (index == null || index >= cells.size()) {
			return null;
		}
		String value = cells.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	/** An empty recruit list with one example row. */
	public static byte[] template(Format format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = Spreadsheets.writer(out, format, HEADERS)) {
			writer.row(List.of("李新兵", "330421103001", "嘉善县西塘镇西街1号", "李父", "父亲", "某部"));
		}
		return out.toByteArray();
	}

}
