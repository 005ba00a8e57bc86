package org.rongjun.platform;

import java.io.FileOutputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsAdviceTests {

	@Test
	void aFileWriteOnAFullDiskIsAServiceUnavailableProblem() {
		IOException noSpace = null;
		// /dev/full answers every write with ENOSPC, as a full file system does
		try (FileOutputStream out = new FileOutputStream("/dev/full")) {
			out.write(new byte[8192]);
		}
		catch (IOException ex) {
			noSpace = ex;
		}
		assertThat(noSpace).isNotNull();
		ResponseEntity<ProblemDetail> answer = new ProblemDetailsAdvice().unexpected(noSpace,
				new ServletWebRequest(new MockHttpServletRequest("POST", "/api/registry/imports")));
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getBody().getProperties()).containsEntry("code", "STORAGE_FULL");
		assertThat(answer.getBody().getDetail()).contains("存储空间已满");
	}

}
