package dev.agentdata.application.port.in.store;

/** Rate a listing 1..5 with optional comments. */
public record ReviewListingCommand(String slug, int score, String comments) {
}
