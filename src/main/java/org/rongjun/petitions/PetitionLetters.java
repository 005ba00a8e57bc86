package org.rongjun.petitions;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.pdf.ChineseFont;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters a petitioner receives, as PDF: the notices of acceptance, non-acceptance
 * and extension (Art 23, 34) and the opinions with what Art 32 asks them to state (the
 * request, the facts and reasons, the opinion and its legal basis) and the remedy that
 * follows (Art 35, 36). Chinese text uses the embedded Noto Sans SC subset of
 * {@link ChineseFont}, as the merit letter does (ADR 0013), so a letter prints the same
 * everywhere. A letter exists only once its step was taken.
 */
@Service
@Transactional(readOnly = true)
public class PetitionLetters {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final Petitions desk;

	private final RegionDirectory regions;

	PetitionLetters(Petitions desk, RegionDirectory regions) {
		this.desk = desk;
		this.regions = regions;
	}

	public byte[] letter(long id, LetterKind kind, RegionScope scope, String username) {
		Petition p = this.desk.get(id, scope, username);
		String county = this.regions.nameOf(p.regionCode().substring(0, 6) + "000000");
		List<String> body = switch (kind) {
			case ACCEPTANCE -> acceptance(p);
			case NON_ACCEPTANCE -> nonAcceptance(p);
			case EXTENSION -> extension(p);
			case OPINION -> opinion(p, Stage.HANDLING);
			case REVIEW_OPINION -> opinion(p, Stage.REVIEW);
			case RECHECK_OPINION -> opinion(p, Stage.RECHECK);
		};
		LocalDate dated = switch (kind) {
			case ACCEPTANCE -> p.acceptedOn();
			case EXTENSION -> p.extension().decidedOn();
			case OPINION -> p.answer(Stage.HANDLING).orElseThrow().answeredOn();
			case REVIEW_OPINION -> p.answer(Stage.REVIEW).orElseThrow().answeredOn();
			case RECHECK_OPINION -> p.answer(Stage.RECHECK).orElseThrow().answeredOn();
			case NON_ACCEPTANCE -> this.desk.today();
		};
		return render(kind.title(), p, body, county + "退役军人事务局", dated);
	}

	private static List<String> acceptance(Petition p) {
		if (p.acceptedOn() == null) {
			throw notYet("尚未受理，没有受理告知书");
		}
		return List.of(
				"你（们）于" + date(p.receivedOn()) + "以" + p.channel().label() + "形式反映的“" + p.subject() + "”信访事项（登记号 "
						+ p.registrationNo() + "），本机关已于" + date(p.acceptedOn()) + "受理。",
				"处理途径和程序：" + p.procedureNote(),
				"本机关将自受理之日起60日内办结；情况复杂的，经本机关负责人批准可以适当延长，延长期限不超过30日，并告知延期理由（《信访工作条例》第三十四条）。", "特此告知（《信访工作条例》第二十三条）。");
	}

	private static List<String> nonAcceptance(Petition p) {
		if (p.status() != PetitionStatus.NOT_ACCEPTED || p.notAcceptedReason() == null) {
			throw notYet("该信访事项未作不予受理决定");
		}
		return List.of(
				"你（们）于" + date(p.receivedOn()) + "以" + p.channel().label() + "形式反映的“" + p.subject() + "”信访事项（登记号 "
						+ p.registrationNo() + "），经审查，本机关不予受理。",
				"理由：" + p.notAcceptedReason().label() + "。", "告知：" + p.notAcceptedNote(), "特此告知。");
	}

	private static List<String> extension(Petition p) {
		Petition.Extension extension = p.extension();
		if (extension == null || extension.status() != Petition.ExtensionStatus.APPROVED) {
			throw notYet("没有经批准的延期");
		}
		Petition.Clock handling = p.clock(ClockKind.HANDLING).orElseThrow();
		return List.of(
				"你（们）反映的“" + p.subject() + "”信访事项（登记号 " + p.registrationNo() + "），本机关已于" + date(p.acceptedOn()) + "受理。",
				"因" + extension.reason() + "，经本机关负责人批准，办理期限延长" + extension.days() + "日，延长后的办结期限为"
						+ date(handling.dueOn()) + "。",
				"特此告知（《信访工作条例》第三十四条）。");
	}

	private static List<String> opinion(Petition p, Stage stage) {
		Petition.Answer answer = p.answer(stage).orElseThrow(() -> notYet("尚未出具" + stage.title()));
		List<String> lines = new ArrayList<>();
		lines.add("登记号：" + p.registrationNo() + "　　收到日期：" + date(p.receivedOn()));
		lines.add("信访人：" + p.petitioner().name() + (p.group() ? "等" + p.headcount() + "人" : "")
				+ ((p.petitioner().address() != null) ? "　　住址：" + p.petitioner().address() : ""));
		lines.add("一、投诉请求：" + answer.request());
		lines.add("二、事实和理由：" + answer.factsAndReasons());
		lines.add("三、处理意见：" + answer.opinion().label() + "。" + answer.opinionText());
		if (answer.legalBasis() != null) {
			lines.add("四、法律法规依据：" + answer.legalBasis());
		}
		lines.add(switch (stage) {
			case HANDLING -> "如不服本处理意见，可以自收到本意见书之日起30日内，向本机关的上一级机关请求复查（《信访工作条例》第三十五条）。";
			case REVIEW -> "如不服本复查意见，可以自收到本意见书之日起30日内，向复查机关的上一级机关请求复核（《信访工作条例》第三十六条）。";
			case RECHECK -> "本复核意见为最终意见。对复核意见不服，仍然以同一事实和理由提出投诉请求的，不再受理（《信访工作条例》第三十六条第三款）。";
		});
		return lines;
	}

	private static byte[] render(String title, Petition p, List<String> body, String issuer, LocalDate dated) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 72, 72, 72, 72);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(title + " " + p.registrationNo());
		document.addCreator("荣军 Rongjun");
		writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
		document.open();
		BaseFont song = ChineseFont.regular();
		Paragraph heading = new Paragraph(title, new Font(song, 22, Font.BOLD));
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingAfter(24);
		document.add(heading);
		Font text = new Font(song, 14);
		Paragraph salutation = new Paragraph(p.petitioner().name() + "：", text);
		salutation.setSpacingAfter(8);
		document.add(salutation);
		for (String line : body) {
			Paragraph paragraph = new Paragraph(line, text);
			paragraph.setFirstLineIndent(28);
			paragraph.setLeading(26);
			paragraph.setSpacingAfter(6);
			document.add(paragraph);
		}
		Paragraph signature = new Paragraph("\n" + issuer + "\n" + date(dated), text);
		signature.setAlignment(Element.ALIGN_RIGHT);
		signature.setLeading(26);
		document.add(signature);
		document.close();
		return out.toByteArray();
	}

	private static String date(LocalDate day) {
		return CHINESE_DATE.format(day);
	}

	private static ProblemException notYet(String detail) {
		return ProblemException.notFound(detail);
	}

}
