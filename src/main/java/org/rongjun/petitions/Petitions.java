package org.rongjun.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.identity.UserAccount;
import org.rongjun.identity.UserService;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.PersonalNumbers;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The petition desk: registering what comes in (Art 19–21), finding petitions, and the
 * accounts a desk may name as handler or accused. Every read takes the caller's scope and
 * username, so that a petition accusing them stays invisible (Art 30).
 */
@Service
@Transactional
public class Petitions {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final PetitionRepository petitions;

	private final PetitionClocks clocks;

	private final VeteranRegistry registry;

	private final PersonalNumbers numbers;

	private final RegionDirectory regions;

	private final UserService users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Petitions(PetitionRepository petitions, PetitionClocks clocks, VeteranRegistry registry, PersonalNumbers numbers,
			RegionDirectory regions, UserService users, ApplicationEventPublisher events, Clock clock) {
		this.petitions = petitions;
		this.clocks = clocks;
		this.registry = registry;
		this.numbers = numbers;
		this.regions = regions;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** An account a desk may name: as handler, or as the accused of a 检举控告. */
	public record Account(String username, String displayName, String scopeName) {
	}

	public Petition register(PetitionDraft draft, RegionScope scope, String username) {
		LocalDate today = today();
		LocalDate received = (draft.receivedOn() != null) ? draft.receivedOn() : today;
		if (received.isAfter(today) || received.isBefore(EARLIEST)) {
			throw ProblemException.invalidField("receivedOn", "收到日期不能晚于今天");
		}
		checkText(draft.subject(), "subject", "事项摘要", 100);
		checkText(draft.content(), "content", "请求、事实和理由", 5000);
		if (draft.channel().transferred() && blank(draft.sourceOrg()) == null) {
			throw ProblemException.invalidField("sourceOrg", "请填写转送、交办机关");
		}
		Long veteranId = null;
		String region;
		String name;
		String address = blank(draft.address());
		boolean anonymous = false;
		if (draft.veteranId() != null) {
			Veteran veteran = this.registry.get(draft.veteranId(), scope);
			veteranId = veteran.id();
			region = veteran.householdRegionCode();
			name = veteran.name();
			if (address == null) {
				address = veteran.address();
			}
		}
		else {
			region = checkedRegion(draft.regionCode(), scope);
			name = blank(draft.petitionerName());
			if (name == null) {
				name = "匿名";
				anonymous = true;
			}
			else if (name.length() > 50) {
				throw ProblemException.invalidField("petitionerName", "姓名不能超过50个字");
			}
		}
		if (address != null && address.length() > 200) {
			throw ProblemException.invalidField("address", "住址不能超过200个字");
		}
		PersonalNumbers.Protected phone = (blank(draft.phone()) != null) ? this.numbers.phone(draft.phone(), "phone")
				: null;
		PersonalNumbers.Protected idNumber = (blank(draft.idNumber()) != null)
				? this.numbers.idNumber(draft.idNumber(), "idNumber") : null;
		int headcount = (draft.headcount() != null) ? draft.headcount() : 1;
		List<PetitionDraft.RepresentativeDraft> representatives = checkedRepresentatives(draft, headcount);
		List<String> accused = checkedAccused(draft, scope, username);
		Optional<PetitionRepository.Earlier> earlier = this.petitions.earlierOfSamePerson(veteranId,
				(phone != null) ? phone.index() : null, (idNumber != null) ? idNumber.index() : null, draft.category(),
				-1);
		String county = RegionCode.of(region).value().substring(0, 6);
		String number = this.petitions.nextRegistrationNo(county, today.getYear());
		long id = this.petitions.insert(new PetitionRepository.NewPetition(number, draft, received, region, veteranId,
				name, anonymous, phone, idNumber, address, headcount, accused,
				earlier.map(PetitionRepository.Earlier::id).orElse(null), username));
		for (int i = 0; i < representatives.size(); i++) {
			PetitionDraft.RepresentativeDraft r = representatives.get(i);
			this.petitions.insertRepresentative(id, i + 1, r.name().strip(), r.veteranId(), (blank(r.phone()) != null)
					? this.numbers.phone(r.phone(), "representatives[" + i + "].phone") : null);
		}
		// Art 23 ¶2: no written notice is owed when the name or the address is unclear.
		boolean noticeOwed = !anonymous && address != null;
		if (noticeOwed) {
			this.clocks.start(id, ClockKind.NOTICE, received);
		}
		if (draft.channel().transferred()) {
			this.clocks.start(id, ClockKind.OBJECTION, received);
		}
		this.petitions.log(id, username, "登记",
				draft.channel().label() + "，" + draft.petitionClass().label() + "，" + draft.category().label()
						+ (noticeOwed ? "" : "；姓名或住址不清，不需书面告知（第二十三条第二款）")
						+ earlier.map((e) -> "；同一信访人同类事项曾于 " + e.registrationNo() + " 登记（重复信访）").orElse(""));
		this.events.publishEvent(new PetitionFiled(id, number, veteranId, region, draft.petitionClass(),
				draft.channel(), headcount, earlier.isPresent(), received));
		return get(id, scope, username);
	}

	@Transactional(readOnly = true)
	public Petition get(long id, RegionScope scope, String username) {
		Petition petition = find(id, scope, username);
		return withRegionName(petition, this.regions.nameOf(petition.regionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<PetitionSummary> list(PetitionSearch search, RegionScope scope, String username, PageQuery page) {
		PageResult<PetitionSummary> found = this.petitions.list(search, scope, username, today(), page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(PetitionSummary::regionCode).distinct().toList());
		return found.map((p) -> p.withRegionName(names.getOrDefault(p.regionCode(), p.regionCode())));
	}

	/**
	 * The petitioner's phone in clear, for a call back (the caller audits the reveal).
	 */
	@Transactional(readOnly = true)
	public String revealPhone(long id, RegionScope scope, String username) {
		find(id, scope, username);
		byte[] cipher = this.petitions.phoneCipher(id);
		if (cipher == null) {
			throw ProblemException.notFound("信访人未留电话");
		}
		return this.numbers.revealPhone(cipher);
	}

	@Transactional(readOnly = true)
	public List<Account> accounts(@Nullable String q, RegionScope scope) {
		return this.users.search(scope, q, new PageQuery(0, 20))
			.items()
			.stream()
			.map((u) -> new Account(u.username(), u.displayName(), u.scopeName()))
			.toList();
	}

	Petition find(long id, RegionScope scope, String username) {
		return this.petitions.find(id, scope, username, today())
			.orElseThrow(() -> ProblemException.notFound("信访事项不存在或不在您的数据范围内"));
	}

	/** Whether {@code username} is an account inside {@code scope}. */
	boolean isAccount(String username, RegionScope scope) {
		return this.users.search(scope, username, new PageQuery(0, 50))
			.items()
			.stream()
			.map(UserAccount::username)
			.anyMatch(username::equals);
	}

	private List<String> checkedAccused(PetitionDraft draft, RegionScope scope, String username) {
		List<String> accused = new ArrayList<>(new LinkedHashSet<>(
				(draft.accused() != null) ? draft.accused().stream().map(String::strip).toList() : List.of()));
		if (accused.isEmpty()) {
			return accused;
		}
		if (draft.petitionClass() != PetitionClass.ACCUSATION) {
			throw ProblemException.invalidField("accused", "只有检举控告类事项可以填写被检举人");
		}
		if (accused.size() > 10) {
			throw ProblemException.invalidField("accused", "被检举人员最多10人");
		}
		for (String account : accused) {
			if (account.equals(username)) {
				throw ProblemException.invalidField("accused", "登记人不能登记检举自己的事项，应当回避（第二十八条）");
			}
			if (!isAccount(account, scope)) {
				throw ProblemException.invalidField("accused", "账号 " + account + " 不存在或不在您的数据范围内");
			}
		}
		return accused;
	}

	/** Art 20 ¶3: a group that visits chooses representatives, at most five. */
	private static List<PetitionDraft.RepresentativeDraft> checkedRepresentatives(PetitionDraft draft, int headcount) {
		if (headcount < 1 || headcount > 10_000) {
			throw ProblemException.invalidField("headcount", "人数应在1到10000之间");
		}
		List<PetitionDraft.RepresentativeDraft> representatives = (draft.representatives() != null)
				? draft.representatives() : List.of();
		if (representatives.size() > Petition.MAX_REPRESENTATIVES) {
			throw ProblemException.invalidField("representatives", "多人走访应当推选代表，代表人数不得超过5人（信访工作条例第二十条）");
		}
		if (headcount == 1 && !representatives.isEmpty()) {
			throw ProblemException.invalidField("representatives", "只有多人共同提出的信访事项才有代表");
		}
		if (headcount > 1 && draft.channel() == Channel.VISIT && representatives.isEmpty()) {
			throw ProblemException.invalidField("representatives", "多人走访应当推选代表（信访工作条例第二十条）");
		}
		for (PetitionDraft.RepresentativeDraft r : representatives) {
			if (r.name() == null || r.name().isBlank() || r.name().strip().length() > 50) {
				throw ProblemException.invalidField("representatives", "请填写代表姓名（最多50个字）");
			}
		}
		return representatives;
	}

	private String checkedRegion(@Nullable String code, RegionScope scope) {
		String region = blank(code);
		if (region == null || !RegionCode.isValid(region) || !this.regions.isCurrent(region)) {
			throw ProblemException.invalidField("regionCode", "请选择信访人所在地（现行区划）");
		}
		if (!scope.contains(region)) {
			throw ProblemException.outOfScope("只能登记您数据范围内的信访事项");
		}
		return region;
	}

	private static void checkText(@Nullable String text, String field, String label, int max) {
		if (text == null || text.isBlank()) {
			throw ProblemException.invalidField(field, "请填写" + label);
		}
		if (text.strip().length() > max) {
			throw ProblemException.invalidField(field, label + "不能超过" + max + "个字");
		}
	}

	static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static Petition withRegionName(Petition p, String regionName) {
		return new Petition(p.id(), p.registrationNo(), p.channel(), p.sourceOrg(), p.receivedOn(), p.regionCode(),
				regionName, p.petitionClass(), p.category(), p.subject(), p.content(), p.petitioner(), p.headcount(),
				p.representatives(), p.accused(), p.accusedUnit(), p.status(), p.handler(), p.repeatOf(),
				p.repeatOfNo(), p.acceptedOn(), p.procedureNote(), p.notAcceptedReason(), p.notAcceptedNote(),
				p.objectionReason(), p.extension(), p.reviewingBody(), p.recheckingBody(), p.closedOn(),
				p.closingNote(), p.registeredBy(), p.registeredAt(), p.clocks(), p.answers(), p.hearings(),
				p.evaluations(), p.recusals(), p.timeline());
	}

}
