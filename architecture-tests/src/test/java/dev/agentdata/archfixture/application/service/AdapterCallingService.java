package dev.agentdata.archfixture.application.service;

import dev.agentdata.archfixture.adapter.memory.InMemoryThingRepository;

/** Fixture violating "application depends only on domain" and "nothing but bootstrap depends on adapters". */
public class AdapterCallingService {
    private final InMemoryThingRepository repository = new InMemoryThingRepository();

    public InMemoryThingRepository repository() {
        return repository;
    }
}
