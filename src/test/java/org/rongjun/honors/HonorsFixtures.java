package org.rongjun.honors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rongjun.shared.spreadsheet.SpreadsheetWriter;
import org.rongjun.shared.spreadsheet.Spreadsheets;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.rongjun.support.ApiClient;

import static org.rongjun.support.IdNumbers.idNumber;

/** Registry files, recruit lists and binary HTTP for the honors tests. */
public final class HonorsFixtures {

	static final String XITANG = "330421103000";

	static final String XIJIE = "330421103001";

	static final String DAYUN = "330421102000";

	private HonorsFixtures() {
	}

	static long registerVeteran(ApiClient client, String name, String region, String address) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("name", name);
		draft.put("idNumber", idNumber());
		draft.put("householdRegionCode", region);
		draft.put("address", address);
		draft.put("enlistmentDate", "1970-12-01");
		draft.put("dischargeDate", "1975-12-01");
		return client.post("/api/registry/veterans", draft).expect(201).json().get("id").asLong();
	}

	static byte[] csv(List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = Spreadsheets.writer(out, Format.CSV, RecruitSendOffs.HEADERS)) {
			rows.forEach(writer::row);
		}
		return out.toByteArray();
	}

	public static ApiClient.Response upload(int port, ApiClient client, String path, String fileName, byte[] content) {
		try {
			String boundary = "----rongjun" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(content);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("X-XSRF-TOKEN", client.cookie("XSRF-TOKEN"))
				.header("Cookie",
						"JSESSIONID=" + client.cookie("JSESSIONID") + "; XSRF-TOKEN=" + client.cookie("XSRF-TOKEN"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new ApiClient.Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static HttpResponse<byte[]> download(int port, ApiClient client, String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Cookie", "JSESSIONID=" + client.cookie("JSESSIONID"))
				.GET()
				.build();
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
