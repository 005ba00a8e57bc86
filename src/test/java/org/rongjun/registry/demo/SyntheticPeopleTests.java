package org.rongjun.registry.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo seed imports its own generated roster (issue 16: it reported "错误 3"): one
 * generator never gives two people the same ID number.
 */
class SyntheticPeopleTests {

	@Test
	void theDemoCountysPeopleNeverShareAnIdNumber() throws IOException {
		List<String> villages;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource("organization/demo/jiashan-330421.csv").getInputStream(),
						StandardCharsets.UTF_8))) {
			villages = reader.lines()
				.map((line) -> line.split(","))
				.filter((fields) -> fields.length > 2 && fields[2].equals("VILLAGE"))
				.map((fields) -> fields[0])
				.sorted()
				.toList();
		}
		assertThat(villages).hasSizeGreaterThan(100);
		// the seed and serial base DemoRegistrySeeder uses; ten times its 3,000 people
		SyntheticPeople people = new SyntheticPeople(20261128L, villages, 0);
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 30_000; i++) {
			String id = people.next().idNumber();
			assertThat(ids.add(id)).as("person %d has an ID number given before: %s", i, id).isTrue();
		}
	}

}
