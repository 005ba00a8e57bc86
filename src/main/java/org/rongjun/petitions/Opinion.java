package org.rongjun.petitions;

/** The outcomes Art 32 allows a 处理意见 (and a 复查/复核 opinion) to reach. */
public enum Opinion {

	/** 请求事实清楚，符合法律、法规、规章或者其他有关规定的，予以支持 (Art 32(一)). */
	SUPPORTED("予以支持"),
	/** 请求事由合理但缺乏法律依据的，应当作出解释说明 (Art 32(二)). */
	EXPLAINED("解释说明"),
	/** 请求缺乏事实根据或者不符合规定的，不予支持 (Art 32(三)). */
	NOT_SUPPORTED("不予支持");

	private final String label;

	Opinion(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
