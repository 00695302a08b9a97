package dev.agentdata.archfixture.domain;

import java.util.List;

/** Fixture: a domain value that follows every rule. */
public record GoodDomainValue(String name, List<Integer> numbers) {
}
