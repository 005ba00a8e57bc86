package org.rongjun.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The face every official letter (喜报, 信访处理意见书 …) is set in: Noto Sans SC (SIL Open Font
 * License), embedded as a subset of the characters used, so a letter prints the same on
 * any computer and can be archived. Maven unpacks the font into the jar (pom.xml,
 * "cjk-font").
 */
public final class ChineseFont {

	static final String RESOURCE = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	private static volatile BaseFont regular;

	private ChineseFont() {
	}

	/** Loaded once (10 MB); each document embeds only the glyphs it uses. */
	public static BaseFont regular() {
		BaseFont font = regular;
		if (font == null) {
			synchronized (ChineseFont.class) {
				font = regular;
				if (font == null) {
					font = load();
					regular = font;
				}
			}
		}
		return font;
	}

	private static BaseFont load() {
		try (InputStream in = ChineseFont.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("字体文件缺失：" + RESOURCE + "（请用 Maven 构建，见 pom.xml 的 cjk-font）");
			}
			return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
