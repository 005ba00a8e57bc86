package org.rongjun.honors;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import org.rongjun.shared.MeritAward;
import org.rongjun.shared.pdf.ChineseFont;

/**
 * Renders a merit notice as the printed good-news letter (喜报), set in the embedded
 * {@link ChineseFont} so that it prints the same on every computer (ADR 0013).
 */
final class MeritLetter {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private MeritLetter() {
	}

	static byte[] render(MeritNotice notice, String countyName, LocalDate dated) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 72, 72, 90, 72);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle("喜报 " + notice.memberName());
		document.addCreator("荣军 Rongjun");
		writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
		document.open();
		BaseFont song = ChineseFont.regular();
		Color red = new Color(0xC0, 0x00, 0x00);
		Paragraph title = new Paragraph("喜　报", new Font(song, 42, Font.BOLD, red));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingAfter(36);
		document.add(title);
		Font body = new Font(song, 16);
		Paragraph salutation = new Paragraph(notice.familyName() + "同志：", body);
		salutation.setSpacingAfter(12);
		document.add(salutation);
		String unit = (notice.memberUnit() != null) ? notice.memberUnit() : "部队";
		String award = phrase(notice.award(), (notice.awardTitle() != null) ? notice.awardTitle() : "");
		document.add(paragraph("您的亲人" + notice.memberName() + "同志在" + unit + "服役期间，表现突出，于"
				+ CHINESE_DATE.format(notice.awardedOn()) + award + "。这是您全家的光荣，也是家乡人民的骄傲。特向您报喜，并致以热烈的祝贺！", body));
		document.add(paragraph("希望您继续支持" + notice.memberName() + "同志安心服役、建功军营，为强国兴军作出新的更大贡献。", body));
		Paragraph signature = new Paragraph(
				"\n\n" + countyName + "退役军人事务局\n" + countyName + "人民武装部\n" + CHINESE_DATE.format(dated), body);
		signature.setAlignment(Element.ALIGN_RIGHT);
		signature.setLeading(28);
		document.add(signature);
		document.close();
		return out.toByteArray();
	}

	/** How the letter words the award: 荣立二等功, 被授予八一勋章, 被评为优秀士兵. */
	static String phrase(MeritAward award, String title) {
		return switch (award) {
			case AUGUST_FIRST_MEDAL -> "被授予八一勋章";
			case HONORARY_TITLE -> "被授予“" + (title.isBlank() ? "荣誉称号" : title) + "”荣誉称号";
			case OUTSTANDING_SOLDIER -> "被评为优秀士兵";
			default -> "荣立" + award.label();
		};
	}

	private static Paragraph paragraph(String text, Font font) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setFirstLineIndent(32);
		paragraph.setLeading(30);
		paragraph.setSpacingAfter(8);
		return paragraph;
	}

}
